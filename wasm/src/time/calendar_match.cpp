#include "time/calendar_match.hpp"

#include "time/calendar_names.hpp"
#include "time/date.hpp"

namespace storymap::timetext {
namespace {

// Years written next to a month or day: the month makes them unambiguous, so the range is wide.
constexpr int kMinDatedYear = 1000;
constexpr int kMaxDatedYear = 2999;

// Words that make the number before them a quantity, not a year or a day.
bool is_unit(const Tokens& t, size_t i) {
  return t.is_any(i, {"km", "kilometres", "kilometers", "kilometre", "kilometer", "miles", "mile",
                      "mi", "m", "metres", "meters", "feet", "ft", "kg", "tons", "tonnes", "lbs",
                      "people", "persons", "troops", "soldiers", "men", "women", "children",
                      "dollars", "euros", "pounds", "yuan", "yen", "won", "rubles", "roubles",
                      "percent", "per", "hectares", "acres", "mph", "kph", "barrels", "cars",
                      "homes", "houses", "units", "cases", "deaths", "votes", "jobs", "workers",
                      "residents", "passengers", "ships", "vessels", "points", "sq", "square",
                      "years", "days", "hours", "minutes", "seconds"});
}

bool is_number_joint(const Tokens& t, size_t i) {
  return t.is_punct(i, ',') || t.is_punct(i, '.') || t.is_punct(i, ':');
}

// Token i carries on a number written just before it ("000" in "2,000").
bool continues_number_before(const Tokens& t, size_t i) {
  if (!t.glued(i)) return false;
  if (t.is_number(i - 1)) return true;
  return i >= 2 && is_number_joint(t, i - 1) && t.glued(i - 1) && t.is_number(i - 2);
}

// Token i is carried on by a number just after it ("2" in "2,000", "10" in "10:30").
bool continues_number_after(const Tokens& t, size_t i) {
  if (!t.glued(i + 1)) return false;
  if (t.is_number(i + 1)) return true;
  return is_number_joint(t, i + 1) && t.glued(i + 2) && t.is_number(i + 2);
}

// A day of the month at token i ("24", "24th"); sets `next` past it. 0 when none.
int day_at(const Tokens& t, size_t i, size_t& next) {
  const int day = t.number(i);
  if (day < 1 || day > 31 || t.at(i).size() > 2) return 0;
  if (continues_number_before(t, i) || continues_number_after(t, i)) return 0;
  next = i + 1;
  if (t.glued(next) && t.is_wordlike(next)) {
    if (!t.is_any(next, {"st", "nd", "rd", "th"})) return 0;
    ++next;
  }
  return is_unit(t, next) ? 0 : day;
}

// A month name at token i ("April", "Apr", "Apr."); sets `next` past it. 0 when none.
int month_at(const Tokens& t, size_t i, size_t& next) {
  if (!t.is_word(i)) return 0;
  const int month = month_number(t.at(i), true);
  if (month == 0) return 0;
  next = i + 1;
  if (month_number(t.at(i), false) == 0 && t.is_punct(next, '.') && t.glued(next)) ++next;
  return month;
}

// A year after a date or month at token k, optionally after a comma; extends m when present.
void take_year(const Tokens& t, size_t k, DateMatch& m) {
  const size_t y = t.is_punct(k, ',') ? k + 1 : k;
  if (is_year(t, y, kMinDatedYear, kMaxDatedYear)) {
    m.year = t.number(y);
    m.last = y + 1;
  }
}

// With no year written, any day that some year has (February 29 included).
bool plausible(const DateMatch& m) {
  if (m.day == 0) return true;
  return m.year != 0 ? is_valid_day(m.year, m.month, m.day)
                     : m.day <= days_in_month(2000, m.month);
}

std::optional<DateMatch> match_iso(const Tokens& t, size_t i) {
  if (!t.is_number(i) || t.at(i).size() != 4 || continues_number_before(t, i)) return std::nullopt;
  const char sep = t.is_punct(i + 1, '/') ? '/' : '-';
  if (!t.is_punct(i + 1, sep) || !t.is_punct(i + 3, sep)) return std::nullopt;
  for (size_t k = i + 1; k <= i + 4; ++k) {
    if (!t.glued(k)) return std::nullopt;
  }
  if (t.at(i + 2).size() > 2 || t.at(i + 4).size() > 2) return std::nullopt;
  const int year = t.number(i), month = t.number(i + 2), day = t.number(i + 4);
  if (year < kMinDatedYear || year > kMaxDatedYear || !is_valid_day(year, month, day)) {
    return std::nullopt;
  }
  // "2019-04-24T10:00" is a date; "2019-04-245" or "2019-04-24-7" are something else.
  const size_t next = i + 5;
  if (t.glued(next) && (t.is_number(next) || (t.is_wordlike(next) && !t.is(next, "t")))) {
    return std::nullopt;
  }
  if (t.is_punct(next, sep) && t.glued(next) && t.glued(next + 1) && t.is_number(next + 1)) {
    return std::nullopt;
  }
  return DateMatch{i, next, year, month, day};
}

// "April 24", "Apr. 24th, 2019", "June 2018", "June of 2018".
std::optional<DateMatch> match_month_first(const Tokens& t, size_t i) {
  size_t j = 0, k = 0;
  const int month = month_at(t, i, j);
  if (month == 0) return std::nullopt;
  DateMatch m{i, j, 0, month, 0};
  m.day = day_at(t, j, k);
  if (m.day != 0) {
    m.last = k;
    take_year(t, k, m);
  } else {
    take_year(t, t.is(j, "of") ? j + 1 : j, m);
    if (m.year == 0) return std::nullopt;
  }
  return plausible(m) ? std::optional<DateMatch>(m) : std::nullopt;
}

// "24 April", "24th of April", "24 Apr 2019".
std::optional<DateMatch> match_day_first(const Tokens& t, size_t i) {
  size_t j = 0, k = 0;
  const int day = day_at(t, i, j);
  if (day == 0) return std::nullopt;
  if (t.is(j, "of")) ++j;
  const int month = month_at(t, j, k);
  if (month == 0) return std::nullopt;
  DateMatch m{i, k, 0, month, day};
  take_year(t, k, m);
  return plausible(m) ? std::optional<DateMatch>(m) : std::nullopt;
}

std::optional<DateMatch> match_undecorated(const Tokens& t, size_t i) {
  if (auto m = match_iso(t, i)) return m;
  if (auto m = match_month_first(t, i)) return m;
  return match_day_first(t, i);
}

}  // namespace

std::optional<DateMatch> match_calendar_date(const Tokens& t, size_t i) {
  const int weekday = t.is_word(i) ? weekday_number(t.at(i), true) : -1;
  if (weekday < 0) return match_undecorated(t, i);
  size_t j = i + 1;
  if (t.is_punct(j, '.') && t.glued(j)) ++j;
  if (t.is_punct(j, ',')) ++j;
  auto m = match_undecorated(t, j);
  if (!m || m->day == 0) return std::nullopt;
  m->first = i;
  m->weekday = weekday;
  return m;
}

bool is_year(const Tokens& t, size_t i, int min_year, int max_year) {
  if (!t.is_number(i) || t.at(i).size() != 4) return false;
  const int year = t.number(i);
  if (year < min_year || year > max_year) return false;
  if (continues_number_before(t, i) || continues_number_after(t, i)) return false;
  if (t.glued(i + 1) && t.is_wordlike(i + 1)) return false;
  return !is_unit(t, i + 1) && !match_iso(t, i);
}

}  // namespace storymap::timetext
