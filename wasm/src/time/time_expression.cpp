#include "time/time_expression.hpp"

#include <cstdlib>
#include <optional>

#include "time/calendar_match.hpp"
#include "time/calendar_names.hpp"
#include "time/tense.hpp"
#include "time/tokens.hpp"

namespace storymap {
namespace {

using timetext::DateMatch;
using timetext::Tense;
using timetext::TenseCues;
using timetext::Tokens;

// A bare four-digit number is taken for a year only in this range (and in a year's context).
constexpr int kMinYear = 1800;
constexpr int kMaxYear = 2100;
// "N days ago" beyond this is not calendar talk.
constexpr int kMaxCount = 1000;
// How far a year-less "April 24" may be from the reference: the nearest year within it.
constexpr int kYearSearch = 4;

// Where a day or month lies from the reference. The "Or" forms include the reference itself.
enum class Direction { Nearest, OnOrBefore, OnOrAfter, Before, After };

Direction from_tense(Tense tense) {
  if (tense == Tense::Past) return Direction::OnOrBefore;
  if (tense == Tense::Future) return Direction::OnOrAfter;
  return Direction::Nearest;
}

// The weekday `weekday` on the given side of the full date `ref`; ties of Nearest go back.
Date weekday_date(const Date& ref, int weekday, Direction dir) {
  const int forward = (weekday - ref.weekday() + 7) % 7;
  const int back = (ref.weekday() - weekday + 7) % 7;
  switch (dir) {
    case Direction::OnOrAfter: return ref.plus_days(forward);
    case Direction::OnOrBefore: return ref.plus_days(-back);
    case Direction::After: return ref.plus_days(forward == 0 ? 7 : forward);
    case Direction::Before: return ref.plus_days(back == 0 ? -7 : -back);
    case Direction::Nearest: break;
  }
  return back <= forward ? ref.plus_days(-back) : ref.plus_days(forward);
}

// The month `month` on the given side of ref's month. A month with no tense is taken as past:
// articles mostly look back ("talks broke down in March").
Date month_date(const Date& ref, int month, Direction dir) {
  bool other_year = false;
  switch (dir) {
    case Direction::Nearest:
    case Direction::OnOrBefore: other_year = month > ref.month; break;
    case Direction::OnOrAfter: other_year = month < ref.month; break;
    case Direction::Before: other_year = month >= ref.month; break;
    case Direction::After: other_year = month <= ref.month; break;
  }
  const bool forward = dir == Direction::OnOrAfter || dir == Direction::After;
  const int year = !other_year ? ref.year : forward ? ref.year + 1 : ref.year - 1;
  return Date{year, month, 0};
}

bool better(const Date& candidate, const std::optional<Date>& best, const Date& ref,
            Direction dir) {
  if (!best) return true;
  if (dir == Direction::OnOrBefore) return *best < candidate;
  if (dir == Direction::OnOrAfter) return candidate < *best;
  return std::labs(days_between(ref, candidate)) < std::labs(days_between(ref, *best));
}

// A year-less "April 24": the year putting it on the given side of ref (nearest, ties back).
Date month_day_date(const Date& ref, int month, int day, Direction dir) {
  if (!ref.full()) {
    const Date m = month_date(ref, month, dir);
    return is_valid_day(m.year, month, day) ? Date{m.year, month, day} : Date{};
  }
  std::optional<Date> best;
  for (int year = ref.year - kYearSearch; year <= ref.year + kYearSearch; ++year) {
    const Date candidate{year, month, day};
    if (!is_valid_day(year, month, day)) continue;
    if (dir == Direction::OnOrBefore && ref < candidate) continue;
    if (dir == Direction::OnOrAfter && candidate < ref) continue;
    if (better(candidate, best, ref, dir)) best = candidate;
  }
  return best.value_or(Date{});
}

Date month_of(const Date& d) { return Date{d.year, d.month, 0}; }

struct Found {
  size_t first = 0, last = 0;  // token range [first, last)
  Date date;                   // unknown: recognised but not resolvable; skipped, not reported
};

// Walks the tokens once; at each token tries the expression forms, longest first.
class Scanner {
 public:
  Scanner(std::string_view sentence, const Date& reference)
      : t_(sentence), ref_(reference), cues_(t_) {}

  std::vector<TimeExpression> run() {
    std::vector<TimeExpression> out;
    for (size_t i = 0; i < t_.size();) {
      const std::optional<Found> f = match(i);
      if (!f) {
        ++i;
        continue;
      }
      if (f->date.known()) out.push_back({t_.start(f->first), t_.end(f->last - 1), f->date});
      previous_end_ = f->last;
      i = f->last;
    }
    return out;
  }

 private:
  std::optional<Found> match(size_t i) const {
    if (auto m = timetext::match_calendar_date(t_, i)) return calendar(*m);
    if (auto f = modified(i)) return f;
    if (auto f = day_word(i)) return f;
    if (auto f = counted(i)) return f;
    if (!named_day(i)) {
      if (auto f = weekday(i, i, std::nullopt)) return f;
    }
    if (auto f = bare_month(i)) return f;
    return bare_year(i);
  }

  Direction direction(size_t first, size_t last) const {
    return from_tense(cues_.near(first, last));
  }

  // "April 24, 2019", "June 2018", or a year-less "April 24" placed by tense.
  Found calendar(const DateMatch& m) const {
    Found f{m.first, m.last, {}};
    if (m.year != 0) {
      f.date = Date{m.year, m.month, m.day};
    } else if (ref_.month != 0) {
      f.date = month_day_date(ref_, m.month, m.day, direction(m.first, m.last));
    }
    return f;
  }

  // "last June", "next week", "this morning", "earlier this month", "Earlier Wednesday",
  // "Later on Wednesday", "late Wednesday afternoon", "early March", "mid-2011".
  std::optional<Found> modified(size_t i) const {
    if (t_.is(i, "last")) return unit_after(i, i + 1, Direction::Before);
    if (t_.is(i, "next")) return unit_after(i, i + 1, Direction::After);
    if (t_.is(i, "this")) return unit_after(i, i + 1, std::nullopt);
    if (t_.is_any(i, {"earlier", "later"})) {
      if (t_.is(i + 1, "this")) return unit_after(i, i + 2, std::nullopt);
      const size_t j = t_.is(i + 1, "on") ? i + 2 : i + 1;
      const bool earlier = t_.is(i, "earlier");
      return weekday(i, j, earlier ? std::optional(Direction::OnOrBefore) : std::nullopt);
    }
    if (t_.is_any(i, {"early", "late", "mid"})) {
      const size_t j = t_.is_dash(i + 1) && t_.glued(i + 1) ? i + 2 : i + 1;
      if (auto f = weekday(i, j, std::nullopt)) return f;
      if (auto f = month(i, j)) return f;
      if (timetext::is_year(t_, j, kMinYear, kMaxYear)) {
        return Found{i, j + 1, {t_.number(j), 0, 0}};
      }
    }
    return std::nullopt;
  }

  // The unit after "last"/"next" (dir Before/After) or "this" (no dir) at token j.
  std::optional<Found> unit_after(size_t first, size_t j, std::optional<Direction> dir) const {
    if (auto f = weekday(first, j, dir ? dir : Direction::OnOrAfter)) return f;
    const int step = !dir ? 0 : *dir == Direction::Before ? -1 : 1;
    Found f{first, j + 1, {}};
    const int m = t_.is_word(j) ? timetext::month_number(t_.at(j), false) : 0;
    if (m != 0) {
      if (ref_.month != 0) f.date = dir ? month_date(ref_, m, *dir) : Date{ref_.year, m, 0};
    } else if (t_.is(j, "year")) {
      if (ref_.known()) f.date = Date{ref_.year + step, 0, 0};
    } else if (t_.is(j, "month")) {
      if (ref_.month != 0) f.date = month_of(ref_).plus_months(step);
    } else if (t_.is(j, "week")) {
      // Kept to the month holding the day a week off: which day is not said.
      if (ref_.full()) f.date = month_of(ref_.plus_days(7 * step));
    } else if (t_.is(j, "night") && step <= 0) {
      if (ref_.full()) f.date = ref_.plus_days(step);
    } else if (t_.is_any(j, {"morning", "afternoon", "evening"}) && step == 0) {
      if (ref_.full()) f.date = ref_;
    } else {
      return std::nullopt;
    }
    return f;
  }

  // A weekday name at token j, with a part of the day after it ("Wednesday morning"); the
  // expression starts at `first`. dir forces a side; without it the tense decides.
  std::optional<Found> weekday(size_t first, size_t j, std::optional<Direction> dir) const {
    if (!t_.is_word(j)) return std::nullopt;
    const int day = timetext::weekday_number(t_.at(j), false);
    if (day < 0) return std::nullopt;
    Found f{first, j + 1, {}};
    if (t_.is_any(f.last, {"morning", "afternoon", "evening", "night"})) ++f.last;
    if (ref_.full()) f.date = weekday_date(ref_, day, dir ? *dir : direction(first, f.last));
    return f;
  }

  // "Good Friday", "Black Friday", "Super Tuesday": names of days, not this week's.
  bool named_day(size_t i) const {
    return i > 0 && timetext::is_name_cased(t_.at(i - 1)) &&
           t_.is_any(i - 1, {"ash", "good", "black", "holy", "cyber", "super", "maundy",
                             "shrove", "easter", "palm", "bloody", "man", "girl", "fat", "blue"});
  }

  // A full month name at token j placed by tense; the expression starts at `first`.
  std::optional<Found> month(size_t first, size_t j) const {
    if (!t_.is_word(j)) return std::nullopt;
    const int m = timetext::month_number(t_.at(j), false);
    if (m == 0) return std::nullopt;
    Found f{first, j + 1, {}};
    if (ref_.month != 0) {
      const Direction dir = direction(first, f.last) == Direction::OnOrAfter
                                ? Direction::OnOrAfter
                                : Direction::OnOrBefore;
      f.date = month_date(ref_, m, dir);
    }
    return f;
  }

  // "today", "tonight", "yesterday", "tomorrow" (and "yesterday afternoon").
  std::optional<Found> day_word(size_t i) const {
    int offset = 0;
    if (t_.is(i, "yesterday")) {
      offset = -1;
    } else if (t_.is(i, "tomorrow")) {
      offset = 1;
    } else if (!t_.is_any(i, {"today", "tonight"})) {
      return std::nullopt;
    }
    Found f{i, i + 1, {}};
    if (!t_.is(i, "tonight") && t_.is_any(f.last, {"morning", "afternoon", "evening", "night"})) {
      ++f.last;
    }
    if (ref_.full()) f.date = ref_.plus_days(offset);
    return f;
  }

  // "two days ago", "3 months earlier", "a year later": counted from the reference.
  // "two months after his summit" has an anchor the reference is not: not taken.
  std::optional<Found> counted(size_t i) const {
    const int n = count_at(i);
    if (n < 1 || n > kMaxCount) return std::nullopt;
    const size_t unit = i + 1, dir = i + 2;
    int sign = 0;
    if (t_.is_any(dir, {"ago", "earlier"})) {
      sign = -1;
    } else if (t_.is(dir, "later")) {
      sign = 1;
    } else {
      return std::nullopt;
    }
    Found f{i, dir + 1, {}};
    if (t_.is_any(unit, {"day", "days"})) {
      if (ref_.full()) f.date = ref_.plus_days(sign * n);
    } else if (t_.is_any(unit, {"week", "weeks"})) {
      if (ref_.full()) f.date = month_of(ref_.plus_days(sign * 7 * n));
    } else if (t_.is_any(unit, {"month", "months"})) {
      if (ref_.month != 0) f.date = month_of(ref_).plus_months(sign * n);
    } else if (t_.is_any(unit, {"year", "years"})) {
      if (ref_.known()) f.date = Date{ref_.year + sign * n, 0, 0};
    } else {
      return std::nullopt;
    }
    return f;
  }

  int count_at(size_t i) const {
    static constexpr std::string_view kWords[] = {"one", "two",   "three", "four",
                                                  "five", "six",  "seven", "eight",
                                                  "nine", "ten",  "eleven", "twelve"};
    if (t_.is_number(i)) return t_.number(i);
    if (t_.is_any(i, {"a", "an"})) return 1;
    for (int k = 0; k < 12; ++k) {
      if (t_.is(i, kWords[k])) return k + 1;
    }
    return 0;
  }

  // "in March", "since February", "the end of June", "February and March", "his March
  // summit": a month name alone needs such a context ("the March on Washington", "May I").
  std::optional<Found> bare_month(size_t i) const {
    if (!month_context(i)) return std::nullopt;
    return month(i, i);
  }

  bool month_context(size_t i) const {
    if (i == 0) return false;
    if (t_.is_any(i - 1, {"in", "since", "until", "till", "by", "from", "through", "throughout",
                          "during", "before", "after", "between"})) {
      return true;
    }
    if (t_.is(i - 1, "of")) {
      return i >= 2 && t_.is_any(i - 2, {"end", "start", "beginning", "middle", "rest"});
    }
    if (continues_list(i)) return true;
    // A month before a noun it dates: "his March summit", but not "the March on Washington".
    return t_.is_any(i - 1, {"his", "her", "their", "its", "our", "the", "a"}) &&
           t_.is_lower_word(i + 1) &&
           !t_.is_any(i + 1, {"on", "of", "to", "in", "for", "and", "or", "at", "by", "with",
                              "from", "into", "against", "through", "the", "a", "an", "was",
                              "is", "were", "are", "has", "had", "will", "would", "that",
                              "which", "who", "as"});
  }

  // "February and March", "2011 to 2013": the second of a pair after a found expression.
  bool continues_list(size_t i) const {
    return i >= 1 && previous_end_ == i - 1 && t_.is_any(i - 1, {"and", "or", "to"});
  }

  // "in 2011", "since 2011", "summer of 2011": a year needs such a context ("2,000 people").
  std::optional<Found> bare_year(size_t i) const {
    if (!timetext::is_year(t_, i, kMinYear, kMaxYear) || i == 0) return std::nullopt;
    const bool context =
        continues_list(i) ||
        t_.is_any(i - 1, {"in", "since", "of", "until", "till", "by", "from", "through",
                          "throughout", "during", "before", "after", "between", "around",
                          "circa", "spring", "summer", "autumn", "fall", "winter"});
    if (!context) return std::nullopt;
    return Found{i, i + 1, {t_.number(i), 0, 0}};
  }

  Tokens t_;
  Date ref_;
  TenseCues cues_;
  size_t previous_end_ = static_cast<size_t>(-1);  // token after the last expression found
};

}  // namespace

std::vector<TimeExpression> find_time_expressions(std::string_view sentence,
                                                  const Date& reference) {
  return Scanner(sentence, reference).run();
}

}  // namespace storymap
