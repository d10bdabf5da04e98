#include "story/sentence_facts.hpp"

#include <algorithm>

#include "time/time_expression.hpp"

namespace storymap {
namespace {

// A time expression starting within this many tokens of the sentence start opens it.
constexpr size_t kOpening = 3;
// How far before a place its denial may stand, in tokens.
constexpr size_t kNegationWindow = 7;
// What a conjunction between a date and a verb adds to their distance.
constexpr size_t kClausePenalty = 8;

// Words that start a clause of their own, or join two.
bool is_clause_word(std::string_view w) {
  for (std::string_view c : {"and", "but", "then", "before", "after", "until", "since", "while", "when", "where",
                             "which", "who", "because", "although", "though", "as", "once"})
    if (w == c) return true;
  return false;
}

// A conjunction, a subordinator or a clause mark among tokens [from, to).
bool joins_clauses(const SentenceTokens& t, size_t from, size_t to) {
  for (size_t k = from; k < to && k < t.size(); ++k)
    if (is_clause_word(t.lower(k)) || t.clause_mark(k)) return true;
  return false;
}

// Tokens [from, to) join two verbs that share a time: "... on Monday and flew ...", with no
// comma or subordinator ("before", "where") between.
bool coordinated(const SentenceTokens& t, size_t from, size_t to) {
  bool conjunction = false;
  for (size_t k = from; k < to && k < t.size(); ++k) {
    const std::string& w = t.lower(k);
    if (w == "and" || w == "then") conjunction = true;
    else if (is_clause_word(w) || t.clause_mark(k)) return false;
  }
  return conjunction;
}

}  // namespace

int SentenceFacts::time_for(size_t token) const {
  int opening = -1, before = -1;
  for (size_t k = 0; k < times.size(); ++k) {
    if (time_owner[k] == int(token)) return int(k);
    if (time_owner[k] < 0 && opening < 0) opening = int(k);
    if (times[k].last <= token) before = int(k);
  }
  // "left Tokyo on Monday and flew to Manila": a verb joined by "and" shares the date before it.
  if (before >= 0 && time_owner[size_t(before)] >= 0 && coordinated(tokens, times[size_t(before)].last, token))
    return before;
  return opening;
}

int SentenceFacts::place_at(size_t i) const {
  for (size_t k = 0; k < places.size(); ++k)
    if (places[k].first == i) return int(k);
  return -1;
}

int SentenceFacts::person_at(size_t i) const {
  for (size_t k = 0; k < people.size(); ++k)
    if (people[k].first == i) return int(k);
  return -1;
}

bool SentenceFacts::has_cue(const PhraseTable& cues, std::string_view cls, size_t from, size_t to) const {
  for (size_t i = from; i < to && i < tokens.size(); ++i) {
    size_t end = i;
    const std::string* c = cues.match(tokens, i, end);
    if (c && *c == cls) return true;
  }
  return false;
}

bool SentenceFacts::negated(const PhraseTable& cues, size_t i) const {
  // The denial sits right before the place, or before words leading up to it
  // ("rather than the capital city of Pyongyang", "not Pyongyang").
  const size_t from = i >= kNegationWindow ? i - kNegationWindow : 0;
  for (size_t k = from; k < i; ++k) {
    size_t end = k;
    const std::string* c = cues.match(tokens, k, end);
    if (!c || *c != "negation" || end > i) continue;
    bool lead_up = true;
    for (size_t j = end; j < i; ++j) lead_up = lead_up && tokens.is_word(j) && !tokens.capitalised(j);
    if (lead_up) return true;
  }
  return false;
}

void collect_refs(SentenceFacts& f, const std::vector<const PlaceMention*>& places,
                  const std::vector<const PersonMention*>& people) {
  const SentenceTokens& t = f.tokens;
  auto range = [&](size_t start, size_t end, size_t& first, size_t& last) {
    first = t.token_at(start - f.base);
    last = t.token_at(end - f.base);
    return first < last;
  };
  for (const PlaceMention* m : places) {
    PlaceRef r;
    if (!range(m->start, m->end, r.first, r.last)) continue;
    r.place = m->place;
    r.demonym = m->demonym;
    r.possessive = t.possessive(r.last - 1);
    f.places.push_back(r);
  }
  for (const PersonMention* m : people) {
    PersonRef r;
    if (!range(m->start, m->end, r.first, r.last)) continue;
    r.person = m->person;
    r.possessive = t.possessive(r.last - 1);
    f.people.push_back(r);
  }
  for (const TimeExpression& e : find_time_expressions(f.text, f.article_date)) {
    TimeRef r;
    r.first = t.token_at(e.start);
    r.last = t.token_at(e.end);
    r.date = e.date;
    if (r.first < r.last && r.date.known()) f.times.push_back(r);
  }
}

void assign_times(SentenceFacts& f) {
  f.time_owner.assign(f.times.size(), -1);
  for (size_t k = 0; k < f.times.size(); ++k) {
    const TimeRef& r = f.times[k];
    // "In February, ..." and "Later on Wednesday ..." date the whole sentence.
    if (r.first <= kOpening && (f.anchors.empty() || f.anchors.front() > r.first)) continue;
    size_t best = SIZE_MAX, best_d = SIZE_MAX;
    for (size_t a : f.anchors) {
      size_t d = a < r.first ? r.first - a : a >= r.last ? a - r.last + 1 : 0;
      // "left Tokyo on Monday and flew ...", "landed late on Wednesday, flew ...": a
      // conjunction or clause mark between binds the date to the other side.
      if (d > 0 && joins_clauses(f.tokens, a < r.first ? a + 1 : r.last, a < r.first ? r.first : a)) d += kClausePenalty;
      if (d < best_d) {
        best_d = d;
        best = a;
      }
    }
    if (best != SIZE_MAX) f.time_owner[k] = int(best);
  }
}

}  // namespace storymap
