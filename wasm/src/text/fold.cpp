#include "text/fold.hpp"

#include <algorithm>
#include <cstring>
#include <iterator>
#include <memory>

#include "text/utf8.hpp"

namespace storymap {
namespace {

struct FoldEntry {
  char32_t cp;
  const char* ascii;
};
constexpr FoldEntry kFoldTable[] = {
#include "text/fold_table.inc"
};

const char* fold_letter(char32_t cp) {
  auto it = std::lower_bound(std::begin(kFoldTable), std::end(kFoldTable), cp,
                             [](const FoldEntry& e, char32_t c) { return e.cp < c; });
  return (it != std::end(kFoldTable) && it->cp == cp) ? it->ascii : nullptr;
}

bool is_apostrophe(char32_t cp) {
  return cp == '\'' || cp == 0x2019 || cp == 0x2018 || cp == 0x02BB || cp == 0x02BC || cp == '`' ||
         cp == 0x00B4;
}
bool is_combining(char32_t cp) { return cp >= 0x0300 && cp <= 0x036F; }

// Letters of other scripts (Cyrillic, CJK, Arabic, ...): the name is not Latin.
bool is_foreign_letter(char32_t cp) {
  return cp >= 0x0370 && !(cp >= 0x1E00 && cp <= 0x1EFF) && !(cp >= 0x2000 && cp <= 0x2BFF) &&
         !(cp >= 0x3000 && cp <= 0x303F) && !(cp >= 0xFE00 && cp <= 0xFE0F) && !(cp >= 0xFF00 && cp <= 0xFF20);
}

// Abbreviations that name the same thing as the full word.
const char* expand(std::string_view word) {
  if (word == "st") return "saint";
  if (word == "ste") return "sainte";
  if (word == "mt") return "mount";
  if (word == "ft") return "fort";
  return nullptr;
}

void push_word(std::string& out, std::string& word) {
  if (word.empty()) return;
  if (!out.empty()) out += ' ';
  const char* full = expand(word);
  out += full ? full : word;
  word.clear();
}

}  // namespace

namespace {

// fold() of an ASCII name without UTF-8 decoding or table look-ups, the common case: runs of
// letters and digits are words, lower-cased, apostrophes join, anything else separates, and
// St/Ste/Mt/Ft are spelt out. Written into one buffer, the words expanded in place.
void fold_ascii_into(std::string_view name, std::string& result) {
  // Room for "st " spelt "saint " throughout; on the stack for the usual short name.
  char small[128];
  std::unique_ptr<char[]> large;
  char* out = small;
  if (name.size() * 2 + 8 > sizeof small) {
    large.reset(new char[name.size() * 2 + 8]);
    out = large.get();
  }
  size_t n = 0, word = 0;  // out[word, n) is the current word
  auto end_word = [&] {
    if (n == word) return;
    if (const char* full = expand(std::string_view(out + word, n - word))) {
      const size_t len = std::strlen(full);
      std::memcpy(out + word, full, len);
      n = word + len;
    }
    out[n++] = ' ';
    word = n;
  };
  for (char c : name) {
    if (c >= 'A' && c <= 'Z') out[n++] = char(c - 'A' + 'a');
    else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out[n++] = c;
    else if (c != '\'' && c != '`') end_word();
  }
  end_word();
  result.append(out, n ? n - 1 : 0);  // without the space after the last word
}

}  // namespace

bool is_own_fold(std::string_view word) {
  if (word.empty()) return false;
  for (char c : word)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) return false;
  return !expand(word);
}

std::string fold(std::string_view name) {
  std::string out;
  fold_into(name, out);
  return out;
}

void fold_into(std::string_view name, std::string& result) {
  bool ascii = true;
  for (unsigned char c : name) ascii &= c < 0x80;
  if (ascii) return fold_ascii_into(name, result);
  std::string out, word;
  out.reserve(name.size());
  size_t i = 0;
  while (i < name.size()) {
    const char32_t cp = utf8::next(name, i);
    if (cp < 0x80) {
      const char c = static_cast<char>(cp);
      if (c >= 'A' && c <= 'Z') word += static_cast<char>(c - 'A' + 'a');
      else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) word += c;
      else if (!is_apostrophe(cp)) push_word(out, word);
    } else if (const char* ascii = fold_letter(cp)) {
      word += ascii;
    } else if (is_apostrophe(cp) || is_combining(cp)) {
      // Xi'an and Xian, O‘zbekiston and Ozbekiston: the mark joins the word.
    } else if (cp == utf8::kInvalid || is_foreign_letter(cp)) {
      return;  // not a Latin name: folds to nothing
    } else {
      push_word(out, word);
    }
  }
  push_word(out, word);
  result += out;
}

namespace {
bool vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'; }
}  // namespace

std::string skeleton(std::string_view f) {
  std::string s;
  s.reserve(f.size());
  for (size_t i = 0; i < f.size(); ++i) {
    const char c = f[i];
    const char n = i + 1 < f.size() ? f[i + 1] : 0;
    const bool word_end = i + 2 >= f.size() || f[i + 2] == ' ';
    if (c == 'k' && n == 'h') { s += 'h'; ++i; continue; }                   // Khasan ~ Hasan
    if (c == 'p' && n == 'h') { s += 'f'; ++i; continue; }
    if (c == 'g' && n == 'j') { s += 'd'; ++i; continue; }                   // GeoNames' Gj for Đ
    if ((c == 'y' || c == 'j' || c == 'i') && n == 'o' && (i == 0 || !vowel(f[i - 1]) || f[i - 1] == 'y')) {
      s += 'e'; ++i; continue;                                               // Oryol ~ Orel
    }
    if ((c == 'i' || c == 'y') && (n == 'y' || n == 'j') && word_end) {     // Primorskiy ~ Primorsky
      s += 'y'; ++i; continue;
    }
    if (c == 'w') { s += 'v'; continue; }
    if (!s.empty() && s.back() == c && c != ' ') continue;                   // doubled letters
    s += c;
  }
  return s;
}

bool is_latin(std::string_view name) {
  bool letter = false;
  size_t i = 0;
  while (i < name.size()) {
    const char32_t cp = utf8::next(name, i);
    if (cp == utf8::kInvalid) return false;
    if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || fold_letter(cp)) letter = true;
    else if (cp >= 0x80 && is_foreign_letter(cp)) return false;
  }
  return letter;
}

}  // namespace storymap
