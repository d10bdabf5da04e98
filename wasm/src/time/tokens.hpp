// Byte-level tokens for the date scanners: ASCII words, digit runs and punctuation, each with
// its byte offsets. Linear in the text; any bytes are accepted.
#pragma once
#include <cstddef>
#include <initializer_list>
#include <string_view>
#include <vector>

namespace storymap::timetext {

enum class TokenKind {
  Word,    // ASCII letters only
  Number,  // ASCII digits only
  Punct,   // one ASCII punctuation byte, or one UTF-8 dash/quote/punctuation (U+2000..U+206F)
  Other,   // a word holding non-ASCII bytes: never a keyword
};

struct Token {
  size_t start = 0, end = 0;  // byte offsets
  TokenKind kind = TokenKind::Punct;
};

// The tokens of a text, with bounds-safe queries: an index past the end matches nothing.
class Tokens {
 public:
  explicit Tokens(std::string_view text);

  size_t size() const { return tokens_.size(); }
  size_t start(size_t i) const { return tokens_[i].start; }
  size_t end(size_t i) const { return tokens_[i].end; }
  std::string_view at(size_t i) const;  // the token's bytes; "" past the end

  bool is_word(size_t i) const { return kind_is(i, TokenKind::Word); }
  bool is_number(size_t i) const { return kind_is(i, TokenKind::Number); }
  bool is_wordlike(size_t i) const { return is_word(i) || kind_is(i, TokenKind::Other); }
  // An ASCII word equal to `lower` ignoring case.
  bool is(size_t i, std::string_view lower) const;
  bool is_any(size_t i, std::initializer_list<std::string_view> lowers) const;
  bool is_lower_word(size_t i) const;  // an ASCII word written in lower case
  bool is_punct(size_t i, char c) const;
  bool is_dash(size_t i) const;  // "-", "–" or "—"
  // Token i touches token i-1, with no space between ("24th", "mid-March", "2,000").
  bool glued(size_t i) const;
  // Token i is the first of the text or follows a line break.
  bool starts_line(size_t i) const;
  // Value of a digit run of at most 9 digits; -1 for anything else.
  int number(size_t i) const;

 private:
  bool kind_is(size_t i, TokenKind k) const { return i < tokens_.size() && tokens_[i].kind == k; }

  std::string_view text_;
  std::vector<Token> tokens_;
};

}  // namespace storymap::timetext
