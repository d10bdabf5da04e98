#include "time/tense.hpp"

#include <algorithm>
#include <iterator>
#include <limits>
#include <optional>
#include <string_view>

namespace storymap::timetext {
namespace {

// Cues further than this many tokens from an expression belong to another clause.
constexpr size_t kWindow = 40;
// A comma or dash between a cue and an expression weighs as this many words: clauses differ
// in tense ("Kim, who arrived on Tuesday, will meet Putin on Thursday").
constexpr size_t kMarkWeight = 4;

bool is_future_word(const Tokens& t, size_t i) {
  // "May" and "Will" are also a month and a name: only the lower-case modal counts.
  if (t.is_lower_word(i) && t.is_any(i, {"will", "may"})) return true;
  if (t.is_any(i, {"shall", "would", "might", "due", "expected", "expects",
                   "expect", "scheduled", "slated", "upcoming", "tomorrow", "intends"})) {
    return true;
  }
  // Present-tense schedule verbs: "leaves for Beijing on Friday".
  if (t.is_any(i, {"leaves", "departs", "heads", "begins", "starts", "opens", "returns", "sails",
                   "flies", "meets", "resumes"})) {
    return true;
  }
  if (t.is(i, "ll") && t.glued(i) && (t.is_punct(i - 1, '\'') || t.at(i - 1) == "\xE2\x80\x99")) {
    return true;  // "he'll"
  }
  // "set to", "going to", "plans to", "is to": an intention or a schedule.
  return t.is_any(i, {"set", "going", "plans", "plan", "aims", "is", "are"}) && t.is(i + 1, "to");
}

bool is_wont(const Tokens& t, size_t i) {
  return t.is(i, "won") && t.glued(i + 1) && t.glued(i + 2) && t.is(i + 2, "t");
}

bool is_attribution(const Tokens& t, size_t i) {
  return t.is_any(i, {"said", "told", "reported", "added", "announced", "stated", "wrote"});
}

bool is_past_word(const Tokens& t, size_t i) {
  return t.is_any(i, {"was", "were", "had", "did", "ago", "yesterday", "earlier", "left", "met",
                      "went", "came", "took", "made", "saw", "gave", "sat", "began", "held",
                      "flew", "rode", "drove", "spoke", "broke", "got", "ran", "sent", "stood",
                      "brought", "bought", "thought", "fell", "kept", "found", "became", "knew",
                      "paid", "led", "sought", "fought", "won", "lost", "spent", "built", "felt",
                      "heard", "meant", "chose", "struck", "threw", "grew", "drew", "shook",
                      "woke", "hung", "sank", "forgot", "hid", "arose", "wore"});
}

// A regular past form: lower case, "-ed", not "-eed" ("need", "speed"), not hyphenated
// ("much-anticipated"), not passive present ("is scheduled").
bool is_ed_form(const Tokens& t, size_t i) {
  if (!t.is_lower_word(i)) return false;
  const std::string_view w = t.at(i);
  if (w.size() < 5 || w.substr(w.size() - 2) != "ed" || w[w.size() - 3] == 'e') return false;
  if (t.glued(i) && t.is_dash(i - 1)) return false;
  if (t.is_any(i, {"planned", "proposed", "anticipated", "intended", "supposed", "hundred"})) {
    return false;
  }
  return !(i > 0 && t.is_any(i - 1, {"is", "are", "be", "being", "am"}));
}

std::optional<TenseCue> cue_at(const Tokens& t, size_t i) {
  if (is_wont(t, i) || is_future_word(t, i)) return TenseCue{i, Tense::Future, false, false};
  if (is_attribution(t, i)) return TenseCue{i, Tense::Past, false, true};
  if (is_past_word(t, i)) return TenseCue{i, Tense::Past, false, false};
  if (is_ed_form(t, i)) return TenseCue{i, Tense::Past, true, false};
  return std::nullopt;
}

bool is_clause_mark(const Tokens& t, size_t i) {
  for (char c : {',', ';', ':', '(', ')', '"'}) {
    if (t.is_punct(i, c)) return true;
  }
  return t.is_dash(i) || t.at(i) == "\xE2\x80\x9C" || t.at(i) == "\xE2\x80\x9D";
}

}  // namespace

TenseCues::TenseCues(const Tokens& t) : marks_(t.size() + 1, 0) {
  for (size_t i = 0; i < t.size(); ++i) {
    if (auto cue = cue_at(t, i)) cues_.push_back(*cue);
    marks_[i + 1] = marks_[i] + (is_clause_mark(t, i) ? 1 : 0);
  }
}

// The weighted distance from a cue to the expression; from < to are the token indices spanned.
size_t TenseCues::weight(const TenseCue& cue, size_t from, size_t to) const {
  const size_t distance = to - from;
  return (cue.weak ? 2 * distance : distance) + kMarkWeight * (marks_[to] - marks_[from]);
}

Tense TenseCues::near(size_t first, size_t last) const {
  const auto by_token = [](const TenseCue& c, size_t at) { return c.token < at; };
  const auto begin = std::lower_bound(cues_.begin(), cues_.end(), first, by_token);
  const auto end = std::lower_bound(begin, cues_.end(), last, by_token);
  Tense tense = Tense::None;
  size_t best = std::numeric_limits<size_t>::max();
  const auto consider = [&](const TenseCue& cue, size_t weight) {
    if (weight < best || (weight == best && cue.tense == Tense::Past)) {
      best = weight;
      tense = cue.tense;
    }
  };
  for (auto it = begin; it != cues_.begin() && first - std::prev(it)->token <= kWindow; --it) {
    consider(*std::prev(it), weight(*std::prev(it), std::prev(it)->token, first));
  }
  for (auto it = end; it != cues_.end() && it->token + 1 - last <= kWindow; ++it) {
    if (!it->attribution) consider(*it, weight(*it, last - 1, it->token));
  }
  return tense;
}

}  // namespace storymap::timetext
