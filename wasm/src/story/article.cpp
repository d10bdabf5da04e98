#include "story/article.hpp"

#include <algorithm>
#include <cctype>

#include "text/sentences.hpp"
#include "text/utf8.hpp"

namespace storymap {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

std::string stem_of(const std::string& file) {
  const size_t slash = file.find_last_of("/\\");
  std::string base = slash == std::string::npos ? file : file.substr(slash + 1);
  const size_t dot = base.find_last_of('.');
  if (dot != std::string::npos && dot > 0) base.resize(dot);
  return base.empty() ? "article" : base;
}

// "Title: x" -> ("title", "x"); only the four header names of the article contract.
bool header_line(std::string_view line, std::string& key, std::string_view& value) {
  const size_t colon = line.find(':');
  if (colon == std::string_view::npos || colon > 6) return false;
  std::string k(line.substr(0, colon));
  std::transform(k.begin(), k.end(), k.begin(), [](unsigned char c) { return char(std::tolower(c)); });
  if (k != "title" && k != "source" && k != "date" && k != "url") return false;
  key = k;
  value = trim(line.substr(colon + 1));
  return true;
}

bool digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isdigit(c); });
}

// A headline line that opens with a machine date stamp ("date 2019-04-24 ...", "2019-04-24 ...")
// keeps the words after it: the date is the dateline's, not the headline's.
std::string_view without_date_stamp(std::string_view line) {
  std::string_view rest = line;
  if (rest.size() > 5 && (rest.substr(0, 5) == "date " || rest.substr(0, 5) == "Date ")) rest = trim(rest.substr(5));
  if (rest.size() > 10 && digits(rest.substr(0, 4)) && rest[4] == '-' && digits(rest.substr(5, 2)) && rest[7] == '-' &&
      digits(rest.substr(8, 2)) && rest[10] == ' ') {
    const std::string_view after = trim(rest.substr(11));
    if (!after.empty()) return after;
  }
  return line;
}

}  // namespace

size_t Article::sentence_at(size_t at) const {
  auto it = std::upper_bound(sentences.begin(), sentences.end(), at,
                             [](size_t v, const Sentence& s) { return v < s.start; });
  return it == sentences.begin() ? 0 : size_t(it - sentences.begin() - 1);
}

Article parse_article(std::string file, std::string text, size_t max_bytes) {
  if (text.size() > max_bytes)
    throw InputError("too large: " + std::to_string(text.size()) + " bytes, the limit is " +
                     std::to_string(max_bytes));
  if (trim(text).empty()) throw InputError("empty: no text to read");
  if (text.find('\0') != std::string::npos) throw InputError("binary data (NUL bytes), not a text article");
  const size_t bad = utf8::find_invalid(text);
  if (bad != std::string::npos) throw InputError("not valid UTF-8 at byte " + std::to_string(bad));

  Article a;
  a.id = stem_of(file);
  a.file = std::move(file);
  a.text = std::move(text);
  const std::string_view t = a.text;
  // A UTF-8 byte order mark is not text.
  size_t pos = t.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;

  // Header block: consecutive header lines at the very top, then a blank line.
  size_t p = pos;
  bool any = false;
  std::string key;
  std::string_view value;
  while (p < t.size()) {
    size_t eol = t.find('\n', p);
    if (eol == std::string_view::npos) eol = t.size();
    const std::string_view line = trim(t.substr(p, eol - p));
    if (line.empty()) {
      if (any) pos = eol + 1 > t.size() ? t.size() : eol + 1;
      break;
    }
    if (!header_line(line, key, value)) break;
    any = true;
    if (key == "title") a.title = value;
    else if (key == "source") a.source = value;
    else if (key == "date") a.header_date = value;
    else a.url = value;
    p = eol + 1;
  }
  if (any && pos < p) pos = std::min(p, t.size());  // header without the blank line
  a.body_start = pos;

  for (auto [s, e] : split_sentences(t, a.body_start, t.size())) a.sentences.push_back({s, e});
  if (a.title.empty()) {
    // The headline: the first line of the body.
    size_t eol = t.find('\n', a.body_start);
    if (eol == std::string_view::npos) eol = t.size();
    a.title = std::string(without_date_stamp(trim(t.substr(a.body_start, eol - a.body_start))));
  }
  return a;
}

}  // namespace storymap
