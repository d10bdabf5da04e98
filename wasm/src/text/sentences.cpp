#include "text/sentences.hpp"

#include <cctype>
#include <string>

namespace storymap {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; }

// Short words that end with a period without ending the sentence.
bool abbreviation_before(std::string_view text, size_t dot) {
  size_t b = dot;
  while (b > 0 && (std::isalpha(static_cast<unsigned char>(text[b - 1])) || text[b - 1] == '.')) --b;
  std::string w(text.substr(b, dot - b));
  if (w.empty()) return false;
  if (w.find('.') != std::string::npos) return true;  // U.S., a.m.
  if (w.size() == 1) return true;                     // initials: John F. Kennedy
  static const char* const kAbbrev[] = {"Mr", "Mrs", "Ms", "Dr", "St", "Sen", "Gov", "Rep", "Gen", "Col", "Lt",
                                        "Sgt", "Capt", "Prof", "Jr", "Sr", "Ft", "Mt", "No", "vs", "Jan", "Feb",
                                        "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
                                        "Inc", "Corp", "Co", "Ltd", "Ave", "Blvd", "Rd", "Calif", "Fla", "Mass",
                                        "Penn", "Tex", "Wash", "Ariz", "Colo", "Conn", "Ill", "Ind", "Kan", "Mich",
                                        "Minn", "Miss", "Neb", "Nev", "Okla", "Ore", "Tenn", "Va", "Vt", "Wis", "La",
                                        "Ga", "Ky", "Md", "Mo", "Pa", "Ala", "Ark", "Del", "Wyo", "etc", "approx"};
  for (const char* a : kAbbrev)
    if (w == a) return true;
  return false;
}

}  // namespace

std::vector<std::pair<size_t, size_t>> split_sentences(std::string_view text, size_t from, size_t to) {
  std::vector<std::pair<size_t, size_t>> out;
  auto emit = [&](size_t s, size_t e) {
    while (s < e && is_space(text[s])) ++s;
    while (e > s && is_space(text[e - 1])) --e;
    if (e > s) out.emplace_back(s, e);
  };
  size_t start = from;
  for (size_t i = from; i < to; ++i) {
    const char c = text[i];
    if (c == '\n') {
      emit(start, i);
      start = i + 1;
      continue;
    }
    if (c != '.' && c != '!' && c != '?') continue;
    // Closing quotes and brackets belong to the sentence they end.
    size_t j = i + 1;
    while (j < to && (text[j] == '"' || text[j] == '\'' || text[j] == ')')) ++j;
    if (j >= to || !is_space(text[j])) continue;
    size_t k = j;
    while (k < to && is_space(text[k]) && text[k] != '\n') ++k;
    if (k < to && text[k] != '\n') {
      const unsigned char n = static_cast<unsigned char>(text[k]);
      if (!(std::isupper(n) || std::isdigit(n) || n == '"' || n >= 0x80)) continue;
    }
    if (c == '.' && abbreviation_before(text, i)) continue;
    emit(start, j);
    start = j;
  }
  emit(start, to);
  return out;
}

}  // namespace storymap
