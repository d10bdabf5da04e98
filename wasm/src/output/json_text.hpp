// JSON written straight into a string, for output produced at volume (geoparse writes a
// record per toponym): the same bytes nlohmann::json's dump() writes, without building a
// document first.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace storymap::json_text {

// s as a JSON string, escaped as dump() does (ensure_ascii off, invalid UTF-8 replaced).
void append_string(std::string& out, std::string_view s);
// A number as dump() writes it (shortest form that reads back the same).
void append_number(std::string& out, double v);
void append_number(std::string& out, uint64_t v);

}  // namespace storymap::json_text
