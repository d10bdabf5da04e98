#include "story/meeting_detector.hpp"

#include <algorithm>

#include "story/date_range.hpp"
#include "story/noun_phrase.hpp"
#include "story/place_levels.hpp"
#include "story/travel_detector.hpp"

namespace storymap {
namespace {

// How far before a meeting word its possessor ("Kim's second summit") or ordinal may stand.
constexpr size_t kPossessorWindow = 5;
// How far after it its participants ("met with President Vladimir Putin") may stand.
constexpr size_t kObjectWindow = 6;  // words, punctuation not counted

const std::string* cue_class(const SentenceFacts& f, size_t i, const EventLexicons& lex, size_t& end) {
  end = i;
  return lex.cues.match(f.tokens, i, end);
}

void add_unique(std::vector<size_t>& v, size_t x) {
  if (std::find(v.begin(), v.end(), x) == v.end()) v.push_back(x);
}

// "with President Vladimir Putin", "met Trump and Abe": persons right after the word.
void objects_after(const SentenceFacts& f, const Cue& cue, std::vector<size_t>& out) {
  const SentenceTokens& t = f.tokens;
  for (size_t k = cue.end, n = 0; k < t.size() && n < kObjectWindow; ++k, n += t.is_wordlike(k - 1) ? 1 : 0) {
    if (const int p = f.person_at(k); p >= 0) {
      add_unique(out, f.people[size_t(p)].person);
      k = f.people[size_t(p)].last - 1;
      n = 0;  // "Putin and Xi": keep reading a list of names
      continue;
    }
    const std::string& w = t.lower(k);
    if (w == "with" || w == "between" || w == "and" || w == "," || t.capitalised(k) || w == "the" || w == "u" ||
        w == ".")
      continue;
    if (t.is_word(k) && !ends_phrase(w) && w != "in" && w != "at") continue;  // titles: "leader"
    break;
  }
}

// "Kim's second summit", "his March summit", "their first summit".
void possessors_before(const SentenceFacts& f, const Cue& cue, const ReadingContext& ctx, std::vector<size_t>& out) {
  const SentenceTokens& t = f.tokens;
  const size_t from = cue.token >= kPossessorWindow ? cue.token - kPossessorWindow : 0;
  for (const PersonRef& r : f.people)
    if (r.possessive && r.last <= cue.token && r.last >= from) {
      bool clear = true;
      for (size_t k = r.last + 2; k < cue.token; ++k) clear = clear && !t.clause_mark(k);
      if (clear) add_unique(out, r.person);
    }
  for (size_t k = cue.token; k-- > from;) {
    if (t.clause_mark(k)) break;
    const std::string& w = t.lower(k);
    if (w == "his" || w == "her") {
      // The nearest name before, else the one the previous sentences were about.
      size_t who = ctx.last_person;
      for (const PersonRef& r : f.people)
        if (r.last <= k) who = r.person;
      if (who != ReadingContext::kNone) add_unique(out, who);
      return;
    }
    if (w == "their") {  // the last two names before it: "Kim and Putin ... their first summit"
      std::vector<size_t> before;
      for (const PersonRef& r : f.people)
        if (r.last <= k) before.push_back(r.person);
      for (size_t n = before.size() > 2 ? before.size() - 2 : 0; n < before.size(); ++n) add_unique(out, before[n]);
      return;
    }
  }
}

int ordinal_before(const SentenceFacts& f, const Cue& cue, const EventLexicons& lex) {
  const size_t from = cue.token >= 3 ? cue.token - 3 : 0;
  for (size_t k = from; k < cue.token; ++k) {
    size_t end = k;
    const std::string* c = cue_class(f, k, lex, end);
    if (c && c->rfind("ordinal ", 0) == 0) return std::atoi(c->c_str() + 8);
  }
  return 0;
}

// Where the meeting is (kNoPlace when the sentence does not say), and whether the sentence
// names it with the meeting itself.
uint32_t meeting_place(const SentenceFacts& f, const Cue& cue, const std::vector<TravelClaim>& travel,
                  const EventLexicons& lex, bool& stated) {
  const SentenceTokens& t = f.tokens;
  stated = true;
  // "summit with Putin in the Pacific port city of Vladivostok": in/at after the word.
  for (size_t k = cue.end; k < t.size(); ++k) {
    const std::string_view w = t.text(k);
    if (w == "." || w == ";" || w == ":" || (t.is_dash(k) && !t.glued(k))) break;
    if (t.clause_mark(k)) {
      const std::string* c = lex.cues.find(t.lower(k + 1));
      if (c && *c == "clause") break;
    }
    const std::string& lw = t.lower(k);
    if (lw == "in" || lw == "at") {
      const PhrasePlace np = place_in_phrase(f, k + 1, lex);
      if (np.found()) return np.gaz;
    }
    if (k > cue.end + 12) break;
  }
  // "the Hanoi summit": a place right before the word.
  for (const PlaceRef& r : f.places) {
    if (r.last == cue.token && !r.demonym && !r.possessive) return r.place;
  }
  // "Vladivostok, where he is due to meet Putin", "Jakarta on Thursday, the last stop of the
  // trip, where he held talks": the place nearest before the where-clause.
  for (size_t k = cue.token; k-- > 1;) {
    if (t.lower(k) == "where" && t.is_punct(k - 1, ',')) {
      // The last place named before it, or reached by travel ("flew to the Chinese capital").
      uint32_t best = kNoPlace;
      size_t at = 0;
      for (const PlaceRef& r : f.places)
        if (r.last < k && !r.demonym && !r.possessive && !f.negated(lex.cues, r.first) && r.first >= at) {
          best = r.place;
          at = r.first;
        }
      for (const TravelClaim& c : travel)
        if (c.token < k && c.token >= at && (c.role == Role::To || c.role == Role::At) && c.place != kNoPlace) {
          best = c.place;
          at = c.token;
        }
      if (best != kNoPlace) return best;
      break;
    }
    if (t.is_punct(k, '.') || t.is_punct(k, ';')) break;
  }
  // "set off for Vladivostok for his summit", "flew to Oslo to meet": where the travel went.
  const size_t from = cue.token >= 4 ? cue.token - 4 : 0;
  bool purpose = false;
  for (size_t k = from; k < cue.token; ++k) purpose = purpose || t.lower(k) == "for" || t.lower(k) == "to";
  if (purpose)
    for (size_t c = travel.size(); c-- > 0;)
      if (travel[c].token < cue.token && travel[c].role == Role::To && travel[c].place != kNoPlace)
        return travel[c].place;
  stated = false;
  return kNoPlace;
}

}  // namespace

std::vector<Cue> find_meeting_cues(const SentenceTokens& t, const EventLexicons& lex) {
  std::vector<Cue> out;
  for (size_t i = 0; i < t.size();) {
    size_t end = i;
    const std::string* kind = t.is_word(i) ? lex.meeting_words.match(t, i, end) : nullptr;
    if (!kind) { ++i; continue; }
    if (*kind != "none" && *kind != "plural") out.push_back({i, end, *kind});
    i = end;
  }
  return out;
}

std::vector<MeetingClaim> find_meetings(const SentenceFacts& f, const std::vector<Cue>& cues,
                                        const std::vector<TravelClaim>& travel, const EventLexicons& lex,
                                        const People& people, const Gazetteer& g, const ReadingContext& ctx) {
  std::vector<MeetingClaim> out;
  for (const Cue& cue : cues) {
    const size_t near = cue.token >= 3 ? cue.token - 3 : 0;
    if (f.has_cue(lex.cues, "hypothetical", near, cue.token)) continue;
    MeetingClaim m;
    m.article = f.article;
    m.sentence = f.sentence;
    m.token = cue.token;
    m.type = cue.kind;
    objects_after(f, cue, m.participants);
    possessors_before(f, cue, ctx, m.participants);
    if (m.participants.size() < 2) {
      // The sentence's subject: its first name before the word, else what a pronoun means;
      // "Lula and Xi held talks": both, when the word has no object of its own.
      const bool has_object = !m.participants.empty();
      size_t subject = ReadingContext::kNone;
      for (size_t k = 0; k < f.people.size() && subject == ReadingContext::kNone; ++k) {
        const PersonRef& r = f.people[k];
        if (r.last > cue.token ||
            std::find(m.participants.begin(), m.participants.end(), r.person) != m.participants.end())
          continue;
        subject = r.person;
        if (!has_object && k + 1 < f.people.size() && f.tokens.lower(r.last) == "and" &&
            f.people[k + 1].first == r.last + 1 && f.people[k + 1].last <= cue.token)
          add_unique(m.participants, f.people[k + 1].person);
      }
      if (subject == ReadingContext::kNone) subject = subject_before(f, cue.token, lex, ctx);
      if (subject != ReadingContext::kNone) add_unique(m.participants, subject);
    }
    m.participants.erase(std::remove_if(m.participants.begin(), m.participants.end(),
                                        [&](size_t p) { return people.persons[p].vehicle; }),
                         m.participants.end());
    if (m.participants.empty()) continue;
    std::sort(m.participants.begin(), m.participants.end());
    bool stated = false;
    const uint32_t place = meeting_place(f, cue, travel, lex, stated);
    if (place != kNoPlace) {
      m.place = place;
      m.place_stated = stated;
      // "his summit in Vietnam ... stayed in Hanoi": a town the sentence names in that country.
      const Place outer = g.place(m.place);
      if (place_level(outer) <= PlaceLevel::Region)
        for (const PlaceRef& r : f.places)
          if (!r.demonym && !r.possessive && !f.negated(lex.cues, r.first) && contains(outer, g.place(r.place)) &&
              place_level(g.place(r.place)) == PlaceLevel::Local) {
            m.place = r.place;
            m.place_stated = false;
            break;
          }
    }
    m.ordinal = ordinal_before(f, cue, lex);
    m.time = f.time_for(cue.token);
    if (m.time >= 0) m.date = f.times[size_t(m.time)].date;
    m.future = f.has_cue(lex.cues, "future", clause_start(f.tokens, cue.token), cue.token) ||
               strictly_before(f.article_date, m.date);
    out.push_back(std::move(m));
  }
  return out;
}

}  // namespace storymap
