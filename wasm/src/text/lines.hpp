// Line-by-line reading of the project's data texts (lexicons, corridors): trimmed lines,
// blank lines and '#' comments skipped.
#pragma once
#include <string_view>

namespace storymap {

inline std::string_view trim_line(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// Calls f(line) for every trimmed line that is neither blank nor a '#' comment.
template <typename F>
void for_each_data_line(std::string_view text, F f) {
  size_t pos = 0;
  while (pos < text.size()) {
    size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    const std::string_view line = trim_line(text.substr(pos, eol - pos));
    pos = eol + 1;
    if (!line.empty() && line[0] != '#') f(line);
  }
}

}  // namespace storymap
