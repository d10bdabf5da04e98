#include "story/subject_finder.hpp"

#include <string>

namespace storymap {
namespace {

// Words of a title and a country before a name ("Russian Deputy Prime Minister").
constexpr size_t kTitleWords = 6;

bool is_pronoun(const SentenceFacts& f, size_t i, const EventLexicons& lex, std::string_view cls) {
  const std::string* c = lex.cues.find(f.tokens.lower(i));
  return c && *c == cls;
}

// How a clause opens: with a subject of its own ("where most refugees arrive"), or one that
// may lean on the sentence's ("who landed", "before setting off").
enum class Opening { None, OwnSubject, Shared };

Opening opening_of(const std::string& w) {
  if (w == "where" || w == "because" || w == "although" || w == "though" || w == "but") return Opening::OwnSubject;
  if (w == "who" || w == "which" || w == "before" || w == "after" || w == "since" || w == "until" || w == "while" ||
      w == "when" || w == "once" || w == "as")
    return Opening::Shared;
  return Opening::None;
}

// The person a pronoun at token k means: the sentence's first name before it, else the one
// the previous sentences were about.
size_t pronoun_person(const SentenceFacts& f, size_t k, const ReadingContext& ctx) {
  for (const PersonRef& r : f.people)
    if (r.last <= k) return r.person;
  return ctx.last_person;
}

// The name at token k is a verb's object: "met (German Chancellor) Olaf Scholz", "with X", "by X".
bool is_object(const SentenceFacts& f, size_t k, const EventLexicons& lex) {
  const SentenceTokens& t = f.tokens;
  // Back over the title and country before the name: "German Chancellor", "U.S. President".
  size_t j = k;
  for (size_t steps = 0; j > 0 && steps < kTitleWords; ++steps) {
    bool moved = false;
    for (const PlaceRef& r : f.places)
      if (r.last == j && (r.demonym || r.possessive)) {
        j = r.first;
        moved = true;
        break;
      }
    if (moved) continue;
    const std::string& w = t.lower(j - 1);
    // Titles, "the", the periods of "U.S.", and capitalised words ("German", if the gazetteer
    // has no such demonym).
    if (lex.person_titles.find(w) || w == "the" || t.is_punct(j - 1, '.') || (j > 1 && t.capitalised(j - 1))) {
      --j;
      continue;
    }
    break;
  }
  if (j == 0) return false;
  const std::string& w = t.lower(j - 1);
  if (w == "with" || w == "by" || w == "and" || w == "told" || w == "to") return true;
  size_t end = j - 1;
  return lex.meeting_words.match(t, j - 1, end) != nullptr && end == j;
}

// The most mentioned person whose country is `country` (a country, or any place in it).
size_t person_from(const People& people, uint32_t country) {
  size_t best = ReadingContext::kNone;
  for (size_t p = 0; p < people.persons.size(); ++p) {
    const Person& person = people.persons[p];
    if (person.vehicle || person.home != country) continue;
    if (best == ReadingContext::kNone || person.mentions > people.persons[best].mentions) best = p;
  }
  return best;
}

// The subject nearest before `token` within tokens [from, token): a name that is no object,
// a pronoun, "the minister", "the ship", "the train".
size_t subject_in(const SentenceFacts& f, size_t from, size_t token, const EventLexicons& lex,
                  const ReadingContext& ctx) {
  const SentenceTokens& t = f.tokens;
  for (size_t k = token; k-- > from;) {
    if (const int p = f.person_at(k); p >= 0 && f.people[size_t(p)].last <= token) {
      if (!is_object(f, k, lex)) return f.people[size_t(p)].person;
      continue;
    }
    if (is_pronoun(f, k, lex, "pronoun")) return pronoun_person(f, k, ctx);
    size_t end = k;
    const std::string* c = lex.cues.match(t, k, end);
    if (c && *c == "vehicle_ref")
      return ctx.last_vehicle != ReadingContext::kNone ? ctx.last_vehicle : ctx.last_person;
    // "Brazil's president", "the Brazilian president": the person of that country and title.
    if (k > 0 && !t.capitalised(k) && lex.person_titles.find(t.lower(k)) && f.people_list)
      for (const PlaceRef& r : f.places)
        if (r.last + (r.possessive ? 2 : 0) == k && (r.possessive || r.demonym))
          if (const size_t p = person_from(*f.people_list, r.place); p != ReadingContext::kNone) return p;
    // "the minister", "the president": the person the story is following.
    if ((t.lower(k) == "the" || t.lower(k) == "its") && k + 1 < token && !t.capitalised(k + 1)) {
      if (lex.person_titles.find(t.lower(k + 1))) return pronoun_person(f, k, ctx);
      if (lex.travel_modes.find(t.lower(k + 1)))
        return ctx.last_vehicle != ReadingContext::kNone ? ctx.last_vehicle : ctx.last_person;
    }
  }
  return ReadingContext::kNone;
}

}  // namespace

size_t subject_before(const SentenceFacts& f, size_t token, const EventLexicons& lex, const ReadingContext& ctx) {
  const SentenceTokens& t = f.tokens;
  // The clause the verb stands in: its subject first, the sentence's when the clause may share it.
  size_t start = 0;
  Opening opening = Opening::None;
  for (size_t k = token; k-- > 1;)
    if (const Opening o = opening_of(t.lower(k)); o != Opening::None) {
      start = k + 1;
      opening = o;
      break;
    }
  const size_t inner = subject_in(f, start, token, lex, ctx);
  if (inner != ReadingContext::kNone || opening == Opening::OwnSubject) return inner;
  if (start > 0)
    if (const size_t outer = subject_in(f, 0, start - 1, lex, ctx); outer != ReadingContext::kNone) return outer;
  // "Arriving in Hanoi, the minister ...": a participle opening the sentence.
  if (token <= 1)
    for (const PersonRef& r : f.people)
      if (r.first > token) return r.person;
  return ReadingContext::kNone;
}

}  // namespace storymap
