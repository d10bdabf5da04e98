#include "text/tokenizer.hpp"

#include <cctype>

#include "text/fold.hpp"
#include "text/utf8.hpp"

namespace storymap {
namespace {

enum class Kind { kOther, kUpper, kLower, kDigit, kApostrophe };

Kind classify(char32_t cp) {
  if (cp >= 'A' && cp <= 'Z') return Kind::kUpper;
  if (cp >= 'a' && cp <= 'z') return Kind::kLower;
  if (cp >= '0' && cp <= '9') return Kind::kDigit;
  if (cp == '\'' || cp == 0x2019) return Kind::kApostrophe;
  if (cp < 0xC0 || cp == utf8::kInvalid || cp == 0xD7 || cp == 0xF7) return Kind::kOther;
  if (cp <= 0x24F || (cp >= 0x1E00 && cp <= 0x1EFF)) {
    // Latin letters with diacritics: in these blocks upper and lower case mostly alternate.
    if (cp <= 0xDE) return Kind::kUpper;
    if (cp <= 0xFF) return Kind::kLower;
    return (cp % 2 == 0) ? Kind::kUpper : Kind::kLower;
  }
  // Other scripts: letters, but never capitalised names for this engine.
  return cp >= 0x370 && !(cp >= 0x2000 && cp <= 0x2BFF) && !(cp >= 0x3000 && cp <= 0x303F) ? Kind::kLower
                                                                                           : Kind::kOther;
}

// English contractions end the word: I've, we'll, they're, I'd, I'm, don't.
bool contraction(std::string_view text, size_t after_apostrophe) {
  for (std::string_view c : {"ve", "ll", "re", "d", "m", "t"}) {
    if (text.compare(after_apostrophe, c.size(), c) != 0) continue;
    const size_t e = after_apostrophe + c.size();
    if (e >= text.size() || !std::isalpha(static_cast<unsigned char>(text[e]))) return true;
  }
  return false;
}

// The kind of the next code point, advancing i past it; ASCII from a table, without a call
// into the decoder.
struct AsciiKinds {
  Kind kind[128];
  constexpr AsciiKinds() : kind() {
    for (int c = 0; c < 128; ++c) kind[c] = Kind::kOther;
    for (int c = 'A'; c <= 'Z'; ++c) kind[c] = Kind::kUpper;
    for (int c = 'a'; c <= 'z'; ++c) kind[c] = Kind::kLower;
    for (int c = '0'; c <= '9'; ++c) kind[c] = Kind::kDigit;
    kind[int('\'')] = Kind::kApostrophe;
  }
};
constexpr AsciiKinds kAscii;

inline Kind next_kind(std::string_view text, size_t& i) {
  const unsigned char c = static_cast<unsigned char>(text[i]);
  if (c < 0x80) {
    ++i;
    return kAscii.kind[c];
  }
  return classify(utf8::next(text, i));
}

}  // namespace

std::vector<Token> tokenize(std::string_view text) {
  std::vector<Token> out;
  size_t i = 0;
  while (i < text.size()) {
    size_t at = i;
    Kind k = next_kind(text, i);
    if (k == Kind::kOther || k == Kind::kApostrophe) continue;
    Token t;
    t.start = at;
    t.capitalised = k == Kind::kUpper;
    bool any_lower = k == Kind::kLower, any_upper = k == Kind::kUpper;
    size_t end = i;
    while (i < text.size()) {
      const size_t before = i;
      const Kind n = next_kind(text, i);
      if (n == Kind::kApostrophe) {
        // Inside a word only when a letter follows that is not a lone possessive s.
        size_t j = i;
        const Kind after = j < text.size() ? next_kind(text, j) : Kind::kOther;
        size_t k2 = j;
        const Kind after2 = k2 < text.size() ? next_kind(text, k2) : Kind::kOther;
        const bool possessive_s = (text[i] == 's' || text[i] == 'S') && (after2 == Kind::kOther || after2 == Kind::kApostrophe);
        if ((after == Kind::kUpper || after == Kind::kLower) && !possessive_s && !contraction(text, i)) { end = i; continue; }
        if (possessive_s || after == Kind::kOther) t.possessive = true;
        i = before;
        break;
      }
      if (n == Kind::kOther) { i = before; break; }
      any_lower |= n == Kind::kLower;
      any_upper |= n == Kind::kUpper;
      end = i;
    }
    t.end = end;
    t.upper = any_upper && !any_lower;
    out.push_back(t);
    i = end;
    // Skip the possessive ending so it does not become a token of its own.
    if (t.possessive) {
      size_t j = i;
      utf8::next(text, j);  // the apostrophe
      if (j < text.size() && (text[j] == 's' || text[j] == 'S')) ++j;
      i = j;
    }
  }
  return out;
}

}  // namespace storymap
