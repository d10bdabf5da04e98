#include "story/noun_phrase.hpp"

#include <array>

namespace storymap {
namespace {

constexpr size_t kMaxPhrase = 12;
constexpr size_t kOfReach = 4;

// "port city of Vladivostok": a place within kOfReach words after token i, reached through
// lower-case words and an "of"; -1 when none.
int place_after_of(const SentenceFacts& f, size_t i) {
  const SentenceTokens& t = f.tokens;
  for (size_t k = i; k < t.size() && k < i + kOfReach; ++k) {
    if (!t.is_word(k) || t.capitalised(k)) return -1;
    if (t.lower(k) == "of") return f.place_at(k + 1);
  }
  return -1;
}

}  // namespace

bool ends_phrase(std::string_view w) {
  static constexpr std::array<std::string_view, 30> kStops = {
      "to",    "from",  "for",    "via",   "through", "across", "into", "toward", "towards", "on",
      "by",    "with",  "and",    "or",    "after",   "before", "until", "since", "as",      "that",
      "while", "where", "which",  "who",   "when",    "than",   "then", "ahead",  "amid",    "aboard"};
  for (std::string_view s : kStops)
    if (w == s) return true;
  return false;
}

PhrasePlace place_in_phrase(const SentenceFacts& f, size_t i, const EventLexicons& lex) {
  const SentenceTokens& t = f.tokens;
  PhrasePlace out;
  int possessive = -1;  // "Russia's" waiting for a place it qualifies
  size_t k = i, words = 0;
  while (k < t.size() && words < kMaxPhrase) {
    if (t.clause_mark(k) && !(t.glued(k) && t.is_dash(k))) break;
    if (k > i && ends_phrase(t.lower(k))) break;
    if (const int p = f.place_at(k); p >= 0) {
      const PlaceRef& r = f.places[size_t(p)];
      k = r.last;
      ++words;
      // "the Chinese capital", "the Samoan capital": the country's capital.
      if (r.demonym && t.lower(k) == "capital" && f.capitals && !f.negated(lex.cues, r.first)) {
        const Place country = f.capitals->gazetteer().place(r.place);
        out.gaz = f.capitals->of(country.country);
        if (out.found()) {
          out.end = k + 1;
          return out;
        }
      }
      if (r.demonym || f.negated(lex.cues, r.first)) continue;
      // "Russia's Khasan station": a qualifier of what follows, the place only when no other
      // place follows in the phrase.
      if (r.possessive) {
        possessive = p;
        continue;
      }
      // "the Pacific port city of Vladivostok": a place before a noun that an "of" continues.
      if (const int later = place_after_of(f, k); later >= 0 && !f.places[size_t(later)].demonym) {
        out.place = later;
        out.gaz = f.places[size_t(later)].place;
        out.end = f.places[size_t(later)].last;
        return out;
      }
      out.place = p;
      out.gaz = r.place;
      out.end = k;
      return out;
    }
    if (f.person_at(k) >= 0) {
      out.person = true;
      break;
    }
    size_t end = k;
    if (const std::string* c = lex.cues.match(t, k, end)) {
      if (*c == "uncertain") out.uncertain = true;
      if (*c == "home") out.home = true;
    }
    // "his train" is a vehicle; "an undisclosed train station" is not.
    if (t.is_wordlike(k)) {
      out.vehicle = lex.travel_modes.match(t, k, end) != nullptr;
      ++words;
    }
    ++k;
  }
  out.place = possessive;
  if (possessive >= 0) out.gaz = f.places[size_t(possessive)].place;
  out.end = k;
  return out;
}

}  // namespace storymap
