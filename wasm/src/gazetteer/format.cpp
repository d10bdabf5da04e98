#include "gazetteer/format.hpp"

#include <cstring>
#include <string>

#include "text/fold.hpp"

namespace storymap::gazetteer_format {

int ref_compare(std::string_view name, std::string_view q, bool& extends) {
  extends = false;
  for (unsigned char c : name)
    if (c >= 0x80) {  // the slow way
      const std::string k = fold(name);
      extends = k.size() > q.size() && k[q.size()] == ' ' && k.compare(0, q.size(), q) == 0;
      return k.compare(q) < 0 ? -1 : k == q ? 0 : 1;
    }
  // fold()'s words, produced and compared one character at a time.
  size_t at = 0;  // position in q
  char word[8];   // a word of up to 3 letters, which may be an abbreviation
  size_t i = 0, words = 0;
  auto emit = [&](char c) {  // -1/1: decided; 0: go on
    if (at == q.size()) {
      extends = c == ' ';
      return 1;
    }
    if (c != q[at]) return c < q[at] ? -1 : 1;
    ++at;
    return 0;
  };
  while (i < name.size()) {
    // The next word: letters and digits, apostrophes inside it skipped.
    size_t n = 0;
    const size_t start = i;
    for (; i < name.size(); ++i) {
      const char c = name[i];
      if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) ++n;
      else if (c != '\'' && c != '`') break;
    }
    if (n == 0) {
      ++i;
      continue;
    }
    const char* full = nullptr;
    if (n <= 3) {
      size_t w = 0;
      for (size_t k = start; k < i; ++k)
        if (name[k] != '\'' && name[k] != '`') word[w++] = char(name[k] | 0x20);
      const std::string_view v(word, w);
      full = v == "st" ? "saint" : v == "ste" ? "sainte" : v == "mt" ? "mount" : v == "ft" ? "fort" : nullptr;
    }
    if (words++)
      if (const int r = emit(' ')) return r;
    if (full) {
      for (const char* f = full; *f; ++f)
        if (const int r = emit(*f)) return r;
    } else {
      for (size_t k = start; k < i; ++k) {
        const char c = name[k];
        if (c == '\'' || c == '`') continue;
        if (const int r = emit(c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c)) return r;
      }
    }
    if (i < name.size()) ++i;  // the separator
  }
  return at == q.size() ? 0 : -1;
}

namespace {
uint64_t compute_fold_fingerprint();
}  // namespace

uint64_t fold_fingerprint() {
  static const uint64_t fingerprint = compute_fold_fingerprint();  // one build's folding: once
  return fingerprint;
}

namespace {
uint64_t compute_fold_fingerprint() {
  // Every letter fold() maps (Latin-1, Latin Extended A/B, IPA, Latin Extended Additional), the
  // marks and separators it treats specially, the abbreviations it spells out, and a word for
  // each skeleton() rule.
  std::string probe;
  auto add = [&](std::string_view s) {
    const std::string f = fold(s);
    probe += f;
    probe += '|';
    probe += skeleton(f);
    probe += '\n';
  };
  auto utf8 = [](char32_t cp) {
    std::string s;
    if (cp < 0x80) {
      s += char(cp);
    } else if (cp < 0x800) {
      s += char(0xC0 | (cp >> 6));
      s += char(0x80 | (cp & 0x3F));
    } else {
      s += char(0xE0 | (cp >> 12));
      s += char(0x80 | ((cp >> 6) & 0x3F));
      s += char(0x80 | (cp & 0x3F));
    }
    return s;
  };
  std::string letters;
  for (char32_t cp = 0x20; cp < 0x2B0; ++cp) letters += "x" + utf8(cp) + "x ";
  for (char32_t cp = 0x1E00; cp < 0x1F00; ++cp) letters += "x" + utf8(cp) + "x ";
  for (char32_t cp : {0x2018, 0x2019, 0x02BB, 0x02BC, 0x00B4, 0x0301, 0x2013, 0x3001, 0xFF0C})
    letters += "x" + utf8(cp) + "x ";
  add(letters);
  for (const char* s : {"St. Ste Mt Ft st ste mt ft Saint", "Khasan Orël Oryol Orjol Oriol Primorskiy Krai",
                        "Gjakovica Philippeville Wrocław Zhytomyr Yyy Ijj Aayo Iyo", "Xi'an Stratford-upon-Avon",
                        "Москва", "東京", "Ελλάδα", "Kraków Zürich São Paulo Ærø Łódź Đà Nẵng ß þ"})
    add(s);
  return checksum64(reinterpret_cast<const uint8_t*>(probe.data()), probe.size());
}

}  // namespace

}  // namespace storymap::gazetteer_format
