// Tab-separated source files, read one way for all: GeoNames dumps, GeoNames postal codes and
// the curated tables.
#pragma once
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

namespace storymap {

// line split at sep into out (cleared first): n separators, n + 1 fields.
inline void split_fields(std::string_view line, char sep, std::vector<std::string_view>& out) {
  out.clear();
  for (size_t start = 0, i = 0; i <= line.size(); ++i)
    if (i == line.size() || line[i] == sep) {
      out.push_back(line.substr(start, i - start));
      start = i + 1;
    }
}

// Calls f(fields) for every line that is neither blank nor a '#' comment, split at tabs (the
// '\r' of a CRLF file dropped; fields are views into text, valid during the call).
template <typename F>
void for_each_tsv_row(std::string_view text, F f) {
  std::vector<std::string_view> fields;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    std::string_view line = text.substr(pos, eol - pos);
    pos = eol + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    split_fields(line, '\t', fields);
    f(fields);
  }
}

// A whole field as a number; false when it is empty or not one.
inline bool parse_number(std::string_view s, double& v) {
  const std::string tmp(s);
  char* end = nullptr;
  v = std::strtod(tmp.c_str(), &end);
  return !tmp.empty() && end == tmp.c_str() + tmp.size();
}

}  // namespace storymap
