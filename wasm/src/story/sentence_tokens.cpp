#include "story/sentence_tokens.hpp"

#include <algorithm>

namespace storymap {

SentenceTokens::SentenceTokens(std::string_view text) : tokens_(text) {
  lower_.reserve(tokens_.size());
  for (size_t i = 0; i < tokens_.size(); ++i) {
    std::string s(tokens_.at(i));
    if (tokens_.is_word(i))
      for (char& c : s)
        if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
    lower_.push_back(std::move(s));
  }
}

bool SentenceTokens::capitalised(size_t i) const {
  if (i >= tokens_.size() || !tokens_.is_wordlike(i)) return false;
  const std::string_view t = tokens_.at(i);
  const auto c = static_cast<unsigned char>(t[0]);
  if (c >= 'A' && c <= 'Z') return true;
  // A non-ASCII first letter: Latin capitals with diacritics sit at U+00C0..U+00DE.
  return c == 0xC3 && t.size() > 1 && static_cast<unsigned char>(t[1]) < 0x9F;
}

bool SentenceTokens::possessive(size_t i) const {
  if (i + 1 >= tokens_.size()) return false;
  const std::string_view a = tokens_.at(i + 1);
  if (a != "'" && a != "\xE2\x80\x99") return false;
  if (!tokens_.glued(i + 1)) return false;
  // "Kim's" or a plural possessive "the leaders' talks".
  if (lower(i + 2) == "s" && tokens_.glued(i + 2)) return true;
  const std::string_view w = tokens_.at(i);
  return !w.empty() && (w.back() == 's' || w.back() == 'S');
}

bool SentenceTokens::clause_mark(size_t i) const {
  if (i >= tokens_.size()) return true;
  if (tokens_.is_dash(i)) return !(tokens_.glued(i) && i + 1 < tokens_.size() && tokens_.glued(i + 1));
  const std::string_view t = tokens_.at(i);
  if (t == "," || t == ";" || t == ":" || t == "(" || t == ")" || t == "\"" || t == "." || t == "!" ||
      t == "?" || t == "/")
    return true;
  return t == "\xE2\x80\x9C" || t == "\xE2\x80\x9D";  // curly double quotes
}

size_t SentenceTokens::token_at(size_t at) const {
  size_t lo = 0, hi = tokens_.size();
  while (lo < hi) {
    const size_t mid = (lo + hi) / 2;
    if (tokens_.start(mid) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

}  // namespace storymap
