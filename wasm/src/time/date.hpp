// A calendar date that keeps the precision the text gave: 2019-04-24, 2018-06 or 2011.
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace storymap {

struct Date {
  int year = 0;   // 0: unknown
  int month = 0;  // 0: only the year is known
  int day = 0;    // 0: only the year and month are known

  bool known() const { return year != 0; }
  bool full() const { return day != 0; }
  // "2019-04-24", "2018-06", "2011", or "" when unknown.
  std::string iso() const;
  // Parses the forms iso() writes; nullopt for anything else or an impossible date.
  static std::optional<Date> parse_iso(std::string_view s);
  // Day arithmetic on full dates (proleptic Gregorian); other dates are returned unchanged.
  Date plus_days(int days) const;
  // Month arithmetic on dates with a month; a full date's day is clamped to the new month's
  // length (Jan 31 + 1 month = Feb 28/29). Year-only and unknown dates are returned unchanged.
  Date plus_months(int months) const;
  int weekday() const;  // 0 = Monday ... 6 = Sunday; full dates only, -1 otherwise
  friend bool operator==(const Date& a, const Date& b) {
    return a.year == b.year && a.month == b.month && a.day == b.day;
  }
  friend bool operator!=(const Date& a, const Date& b) { return !(a == b); }
  friend bool operator<(const Date& a, const Date& b) {
    if (a.year != b.year) return a.year < b.year;
    if (a.month != b.month) return a.month < b.month;
    return a.day < b.day;
  }
};

bool is_leap_year(int year);
// Days in a month of a year; 0 when month is not 1..12.
int days_in_month(int year, int month);
// True when year/month/day name a real day (year not 0).
bool is_valid_day(int year, int month, int day);
// Days from `from` to `to` (negative when `to` is earlier); both must be full dates.
long days_between(const Date& from, const Date& to);

}  // namespace storymap
