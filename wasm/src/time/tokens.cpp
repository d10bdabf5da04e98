#include "time/tokens.hpp"

namespace storymap::timetext {
namespace {

bool is_letter(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
bool is_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
char to_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// Length of a UTF-8 sequence at text[i] that separates words: 2 for a no-break space
// (treated as space), 3 for General Punctuation U+2000..U+206F (dashes, quotes); 0 otherwise.
size_t separator_length(std::string_view text, size_t i) {
  const auto byte = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
  if (byte(i) == 0xC2 && i + 1 < text.size() && byte(i + 1) == 0xA0) return 2;
  if (byte(i) == 0xE2 && i + 2 < text.size() && (byte(i + 1) == 0x80 || byte(i + 1) == 0x81) &&
      byte(i + 2) >= 0x80 && byte(i + 2) <= 0xBF) {
    return 3;
  }
  return 0;
}

bool is_nbsp(std::string_view text, size_t i) { return separator_length(text, i) == 2; }

// A word runs over letters and non-ASCII bytes that are not separators.
bool is_word_byte(std::string_view text, size_t i) {
  const auto c = static_cast<unsigned char>(text[i]);
  return is_letter(c) || (c >= 0x80 && separator_length(text, i) == 0);
}

}  // namespace

Tokens::Tokens(std::string_view text) : text_(text) {
  size_t i = 0;
  while (i < text.size()) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (is_space(c)) {
      ++i;
    } else if (is_nbsp(text, i)) {
      i += 2;
    } else if (is_digit(c)) {
      const size_t s = i;
      while (i < text.size() && is_digit(static_cast<unsigned char>(text[i]))) ++i;
      tokens_.push_back({s, i, TokenKind::Number});
    } else if (is_word_byte(text, i)) {
      const size_t s = i;
      bool ascii = true;
      while (i < text.size() && is_word_byte(text, i)) {
        ascii = ascii && static_cast<unsigned char>(text[i]) < 0x80;
        ++i;
      }
      tokens_.push_back({s, i, ascii ? TokenKind::Word : TokenKind::Other});
    } else {
      const size_t len = c >= 0x80 ? separator_length(text, i) : 1;
      tokens_.push_back({i, i + len, TokenKind::Punct});
      i += len;
    }
  }
}

std::string_view Tokens::at(size_t i) const {
  if (i >= tokens_.size()) return {};
  return text_.substr(tokens_[i].start, tokens_[i].end - tokens_[i].start);
}

bool Tokens::is(size_t i, std::string_view lower) const {
  if (!is_word(i)) return false;
  const std::string_view w = at(i);
  if (w.size() != lower.size()) return false;
  for (size_t k = 0; k < w.size(); ++k) {
    if (to_lower(w[k]) != lower[k]) return false;
  }
  return true;
}

bool Tokens::is_any(size_t i, std::initializer_list<std::string_view> lowers) const {
  for (std::string_view w : lowers) {
    if (is(i, w)) return true;
  }
  return false;
}

bool Tokens::is_lower_word(size_t i) const {
  if (!is_word(i)) return false;
  for (char c : at(i)) {
    if (c < 'a' || c > 'z') return false;
  }
  return true;
}

bool Tokens::is_punct(size_t i, char c) const {
  return kind_is(i, TokenKind::Punct) && at(i).size() == 1 && at(i)[0] == c;
}

bool Tokens::is_dash(size_t i) const {
  return is_punct(i, '-') || at(i) == "\xE2\x80\x93" || at(i) == "\xE2\x80\x94";
}

bool Tokens::glued(size_t i) const {
  return i > 0 && i < tokens_.size() && tokens_[i - 1].end == tokens_[i].start;
}

bool Tokens::starts_line(size_t i) const {
  if (i == 0) return true;
  if (i >= tokens_.size()) return false;
  for (size_t k = tokens_[i - 1].end; k < tokens_[i].start; ++k) {
    if (text_[k] == '\n' || text_[k] == '\r') return true;
  }
  return false;
}

int Tokens::number(size_t i) const {
  if (!is_number(i) || at(i).size() > 9) return -1;
  int v = 0;
  for (char c : at(i)) v = v * 10 + (c - '0');
  return v;
}

}  // namespace storymap::timetext
