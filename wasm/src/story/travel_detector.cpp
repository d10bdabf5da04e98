#include "story/travel_detector.hpp"

#include <algorithm>

#include "story/date_range.hpp"
#include "story/noun_phrase.hpp"

namespace storymap {
namespace {

// How far before a travel word a habit ("typically") or a plan ("will", "is due to") may stand.
constexpr size_t kModalWindow = 6;
// "set off again for": words allowed between a verb and its "for".
constexpr size_t kForGap = 2;
// How far after a travel word its places may stand, in tokens.
constexpr size_t kScanWindow = 16;

// The role a preposition gives the place after it, for a travel word of this kind.
bool preposition_role(const std::string& kind, const std::string& w, size_t gap, Role& role) {
  if (w == "from") { role = Role::From; return kind != "stay"; }
  if (w == "to" || w == "into" || w == "toward" || w == "towards") {
    role = Role::To;
    return kind != "stay" && kind != "board";
  }
  if (w == "for") {
    role = Role::To;
    return gap <= kForGap && (kind == "leave" || kind == "move" || kind == "return");
  }
  if (w == "via" || w == "through" || w == "across") { role = Role::Via; return kind != "stay"; }
  if (w == "in" || w == "at") {
    if (kind == "arrive" || kind == "visit") { role = Role::To; return true; }
    if (kind == "stay") { role = Role::At; return true; }
    if (kind == "board" || (kind == "leave" && w == "at")) { role = Role::From; return true; }
    if (kind == "cross" && w == "at") { role = Role::Via; return true; }
    return false;
  }
  if (w == "of") { role = Role::To; return kind == "visit" && gap == 0; }
  return false;
}

bool ends_with_preposition(const std::string& w) {
  return w == "into" || w == "in" || w == "at" || w == "to" || w == "for" || w == "from" || w == "through" ||
         w == "via" || w == "across";
}

// The role of a place that is a travel verb's object ("left North Korea", "visited Hanoi").
bool object_role(const std::string& kind, Role& role) {
  if (kind == "leave") { role = Role::From; return true; }
  if (kind == "visit") { role = Role::To; return true; }
  if (kind == "cross") { role = Role::Via; return true; }
  return false;
}

// Where the words after a travel cue stop being about it: the next cue, a new clause.
size_t scan_limit(const SentenceFacts& f, const std::vector<Cue>& cues, size_t c, const EventLexicons& lex) {
  const SentenceTokens& t = f.tokens;
  size_t limit = std::min(c + 1 < cues.size() ? cues[c + 1].token : t.size(), cues[c].end + kScanWindow);
  // A meeting word starts its own phrase: "arrived in Russia for his summit in Vladivostok".
  for (size_t a : f.anchors)
    if (a >= cues[c].end && a < limit) limit = a;
  for (size_t k = cues[c].end; k < limit; ++k) {
    const std::string_view w = t.text(k);
    if (w == ";" || w == ":" || w == "." || w == "?" || w == "!" || w == "\"" || w == "\xE2\x80\x9C" ||
        w == "\xE2\x80\x9D" || (t.is_dash(k) && !t.glued(k)))
      return k;
    // "and would like to discuss ...": a new verb phrase, unless a list of places goes on.
    if ((t.lower(k) == "and" || t.lower(k) == "or") && f.place_at(k + 1) < 0) return k;
    // "..., according to The Associated Press", "..., officials said": who says it, not where.
    const std::string& w2 = t.lower(k);
    if (w2 == "according" || w2 == "said" || w2 == "says" || w2 == "told" || w2 == "reported") return k;
    if (t.clause_mark(k) && k + 1 < limit) {
      const std::string* cls = lex.cues.find(t.lower(k + 1));
      if (cls && *cls == "clause") return k;
    }
  }
  return limit;
}

// "waves at an undisclosed station in North Korea ... before leaving": a departure verb with no
// "from" takes the place the sentence put the traveller at before it.
int place_before(const SentenceFacts& f, size_t token, const EventLexicons& lex, bool& uncertain) {
  const SentenceTokens& t = f.tokens;
  for (size_t p = f.places.size(); p-- > 0;) {
    const PlaceRef& r = f.places[p];
    if (r.last > token || r.demonym || r.possessive || f.negated(lex.cues, r.first)) continue;
    // A locating preposition shortly before it, with only lower-case words between.
    for (size_t k = r.first; k-- > 0 && r.first - k <= 8;) {
      const std::string& w = t.lower(k);
      if (w == "at" || w == "in" || w == "from") {
        uncertain = f.has_cue(lex.cues, "uncertain", k >= 4 ? k - 4 : 0, r.first);
        return int(p);
      }
      if (!t.is_word(k) || t.capitalised(k)) break;
    }
  }
  return -1;
}

}  // namespace

size_t clause_start(const SentenceTokens& t, size_t token) {
  for (size_t k = token; k-- > 0;)
    if (t.is_punct(k, ',') || t.is_punct(k, ';') || t.is_punct(k, ':') || (t.is_dash(k) && !t.glued(k))) return k + 1;
  return 0;
}

std::vector<Cue> find_travel_cues(const SentenceTokens& t, const EventLexicons& lex) {
  std::vector<Cue> out;
  for (size_t i = 0; i < t.size();) {
    size_t end = i;
    const std::string* kind = t.is_word(i) ? lex.travel_verbs.match(t, i, end) : nullptr;
    if (!kind) { ++i; continue; }
    if (*kind != "none") out.push_back({i, end, *kind});
    i = end;
  }
  return out;
}

std::string mode_near(const SentenceFacts& f, const Cue& cue, const EventLexicons& lex) {
  const SentenceTokens& t = f.tokens;
  for (size_t k = cue.token; k < cue.end; ++k)
    if (const std::string* m = lex.travel_modes.find(t.lower(k))) return *m;
  for (size_t k = 0; k < t.size(); ++k) {
    // Lower-case words only: "Belt and Road Initiative" is no road.
    if (!t.is_word(k) || (t.capitalised(k) && k > 0) || f.place_at(k) >= 0 || f.person_at(k) >= 0) continue;
    size_t end = k;
    if (const std::string* m = lex.travel_modes.match(t, k, end)) return *m;
  }
  return "";
}

std::vector<TravelClaim> find_travel(const SentenceFacts& f, const std::vector<Cue>& cues, const EventLexicons& lex,
                                     const ReadingContext& ctx) {
  const SentenceTokens& t = f.tokens;
  std::vector<TravelClaim> out;
  for (size_t c = 0; c < cues.size(); ++c) {
    const Cue& cue = cues[c];
    const size_t from = cue.token >= kModalWindow ? cue.token - kModalWindow : 0;
    if (f.has_cue(lex.cues, "habitual", from, cue.token)) continue;
    const size_t traveller = subject_before(f, cue.token, lex, ctx);
    if (traveller == ReadingContext::kNone) continue;

    TravelClaim base;
    base.article = f.article;
    base.sentence = f.sentence;
    base.token = cue.token;
    base.cue = c;
    base.traveller = traveller;
    base.mode = mode_near(f, cue, lex);
    base.time = f.time_for(cue.token);
    if (base.time >= 0) base.date = f.times[size_t(base.time)].date;
    // "is expected to travel on to Abu Dhabi on Saturday before returning": a plan for both.
    base.future = f.has_cue(lex.cues, "future", clause_start(t, cue.token), cue.token) ||
                  strictly_before(f.article_date, base.date);
    const size_t first_claim = out.size();
    auto add = [&](Role role, const PhrasePlace& np, size_t at) {
      TravelClaim claim = base;
      claim.role = role;
      claim.token = at;
      claim.uncertain = np.uncertain;
      claim.home = np.home && !np.found();
      claim.place = np.gaz;
      claim.is_return = cue.kind == "return" || (claim.home && role == Role::To);
      claim.onward = cue.kind == "leave" && role == Role::To;
      out.push_back(claim);
    };

    const size_t limit = scan_limit(f, cues, c, lex);
    bool saw_to = false, saw_from = false;
    // "pulled into", "called at", "bound for": the cue's own last word is the preposition.
    const bool cue_prep = cue.end - cue.token > 1 && ends_with_preposition(t.lower(cue.end - 1));
    for (size_t k = cue.end; k < limit;) {
      const std::string& w = t.lower(k);
      Role role = Role::To;
      size_t np_start = k + 1;
      bool prep = preposition_role(cue.kind, w, k - cue.end, role);
      if (!prep && k == cue.end && cue_prep && preposition_role(cue.kind, t.lower(cue.end - 1), 0, role)) {
        prep = true;
        np_start = k;
      }
      if (!prep && w == "out" && t.lower(k + 1) == "of" && cue.kind != "stay") {
        prep = true;
        role = Role::From;
        np_start = k + 2;
      }
      if (!prep && k == cue.end && lex.cues.find(w) && *lex.cues.find(w) == "home" &&
          (cue.kind == "return" || cue.kind == "leave" || cue.kind == "move")) {
        PhrasePlace np;
        np.home = true;
        add(Role::To, np, k);
        saw_to = true;
        ++k;
        continue;
      }
      if (prep) {
        const PhrasePlace np = place_in_phrase(f, np_start, lex);
        if (role == Role::To) saw_to = true;
        if (role == Role::From) saw_from = true;
        // A place, home, or a departure point the text leaves open ("from a rural area").
        if (np.found() || np.home || (role == Role::From && !np.vehicle && !np.person))
          add(role, np, k);
        k = std::max(np.end, k + 1);
        continue;
      }
      if (k == cue.end && object_role(cue.kind, role)) {
        const PhrasePlace np = place_in_phrase(f, k, lex);
        if (np.found() || np.home) add(role, np, k);
        if (np.found() && role == Role::From) saw_from = true;
        k = std::max(np.end, k + 1);
        continue;
      }
      ++k;
    }

    // "From Samoa the vessel steamed east": a "from" opening the clause before the verb.
    if ((cue.kind == "move" || cue.kind == "leave") && !saw_from)
      for (size_t k = 0; k < cue.token; ++k) {
        if (t.lower(k) != "from" || (k > 0 && !t.clause_mark(k - 1))) continue;
        const PhrasePlace np = place_in_phrase(f, k + 1, lex);
        if (np.found() && np.end <= cue.token) {
          add(Role::From, np, k);
          saw_from = true;
        }
        break;
      }
    // Only open departures so far ("not clear where in North Korea Kim departed from"): the
    // place the sentence put the traveller at before the verb, if any.
    bool named_from = false;
    for (size_t k = first_claim; k < out.size(); ++k)
      named_from = named_from || (out[k].role == Role::From && out[k].place != kNoPlace);
    if ((cue.kind == "leave" || cue.kind == "board") && !named_from) {
      bool uncertain = false;
      const int p = place_before(f, cue.token, lex, uncertain);
      const size_t from_unc = cue.token >= 2 * kModalWindow ? cue.token - 2 * kModalWindow : 0;
      const bool open_from = saw_from;
      if (p >= 0) {
        PhrasePlace np;
        np.place = p;
        np.gaz = f.places[size_t(p)].place;
        np.uncertain = uncertain || open_from || f.has_cue(lex.cues, "uncertain", from_unc, f.places[size_t(p)].first);
        // The open claim gives way to the place.
        out.erase(std::remove_if(out.begin() + long(first_claim), out.end(),
                                 [](const TravelClaim& c) { return c.role == Role::From && c.place == kNoPlace; }),
                  out.end());
        add(Role::From, np, f.places[size_t(p)].first);
      } else if (!saw_from && f.has_cue(lex.cues, "uncertain", 0, cue.token)) {
        PhrasePlace np;  // "boarding at an undisclosed station": open and uncertain
        np.uncertain = true;
        add(Role::From, np, cue.token);
      }
    }
    // "since his father visited in 2011": a visit without a place goes where the sentence's
    // earlier travel went.
    if (cue.kind == "visit" && out.size() == first_claim) {
      for (size_t k = first_claim; k-- > 0;)
        if (out[k].role == Role::To && out[k].place != kNoPlace) {
          TravelClaim claim = base;
          claim.role = Role::To;
          claim.place = out[k].place;
          out.push_back(claim);
          break;
        }
    }
    // "returned on Friday": back home.
    if (cue.kind == "return" && !saw_to && out.size() == first_claim) {
      PhrasePlace np;
      np.home = true;
      add(Role::To, np, cue.token);
    }
  }
  return out;
}

}  // namespace storymap
