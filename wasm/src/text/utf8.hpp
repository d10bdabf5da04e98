// UTF-8 decoding and validation: the engine works on bytes, offsets are byte offsets.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace storymap::utf8 {

constexpr char32_t kInvalid = 0xFFFFFFFF;

// Decodes the code point at text[i] and advances i past it. A malformed sequence
// yields kInvalid and advances one byte, so a scan always makes progress.
char32_t next(std::string_view text, size_t& i);

// Offset of the first byte that is not valid UTF-8, or npos when the text is valid.
size_t find_invalid(std::string_view text);

// Appends the UTF-8 encoding of cp.
void append(std::string& out, char32_t cp);

// Code points in text (malformed bytes count one each).
size_t length(std::string_view text);

}  // namespace storymap::utf8
