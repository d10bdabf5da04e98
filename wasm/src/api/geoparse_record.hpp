// One record of geoparse's JSON Lines input (README, contract 1): its "text", and its "id" (or
// "docid") as JSON to copy into the output record. Other members are ignored.
#pragma once
#include <string>
#include <string_view>

namespace storymap {

struct GeoparseRecord {
  std::string id_json;
  std::string text;
};

// Throws InputError naming the problem (not JSON, not an object, no text, no id). The usual
// record is read in one pass; any other goes to read_geoparse_record_in_full().
GeoparseRecord read_geoparse_record(std::string_view line);
// The same through a full JSON parser: the reference the one-pass reader must agree with.
GeoparseRecord read_geoparse_record_in_full(std::string_view line);

}  // namespace storymap
