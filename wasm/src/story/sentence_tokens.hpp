// The tokens of one sentence (or any span of text) with their lower-case forms: what the
// event detectors match their phrase lists against.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "time/tokens.hpp"

namespace storymap {

class SentenceTokens {
 public:
  explicit SentenceTokens(std::string_view text);

  size_t size() const { return tokens_.size(); }
  size_t start(size_t i) const { return tokens_.start(i); }
  size_t end(size_t i) const { return tokens_.end(i); }
  std::string_view text(size_t i) const { return tokens_.at(i); }
  // The token lower-cased when it is an ASCII word; as written otherwise; "" past the end.
  const std::string& lower(size_t i) const { return i < lower_.size() ? lower_[i] : empty_; }
  bool is_word(size_t i) const { return tokens_.is_word(i); }
  bool is_wordlike(size_t i) const { return tokens_.is_wordlike(i); }
  bool is_punct(size_t i, char c) const { return tokens_.is_punct(i, c); }
  bool is_dash(size_t i) const { return tokens_.is_dash(i); }
  bool glued(size_t i) const { return tokens_.glued(i); }
  // First letter upper case (ASCII, or any non-ASCII word: names with diacritics).
  bool capitalised(size_t i) const;
  // Followed by 's or ’s (the possessive ending is tokens i+1, i+2).
  bool possessive(size_t i) const;
  // A clause ends after token i: , ; : ( ) or a dash or a quote.
  bool clause_mark(size_t i) const;
  // Index of the first token starting at or after byte `at`; size() when none.
  size_t token_at(size_t at) const;
  const timetext::Tokens& raw() const { return tokens_; }

 private:
  timetext::Tokens tokens_;
  std::vector<std::string> lower_;
  std::string empty_;
};

}  // namespace storymap
