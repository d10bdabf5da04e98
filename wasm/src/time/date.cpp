#include "time/date.hpp"

#include <algorithm>
#include <cstdio>

namespace storymap {
namespace {

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
long long days_from_civil(long long y, unsigned m, unsigned d) {
  y -= m <= 2;
  const long long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long long>(doe) - 719468;
}

Date civil_from_days(long long z) {
  z += 719468;
  const long long era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  const long long y = static_cast<long long>(yoe) + era * 400 + (m <= 2);
  return Date{static_cast<int>(y), static_cast<int>(m), static_cast<int>(d)};
}

long long day_number(const Date& d) {
  return days_from_civil(d.year, static_cast<unsigned>(d.month), static_cast<unsigned>(d.day));
}

// Value of the n decimal digits at s[pos]; -1 when any is not a digit.
int digits_at(std::string_view s, size_t pos, size_t n) {
  int v = 0;
  for (size_t i = pos; i < pos + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return -1;
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

}  // namespace

bool is_leap_year(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
  static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  return month == 2 && is_leap_year(year) ? 29 : kDays[month - 1];
}

bool is_valid_day(int year, int month, int day) {
  return year != 0 && day >= 1 && day <= days_in_month(year, month);
}

long days_between(const Date& from, const Date& to) {
  return static_cast<long>(day_number(to) - day_number(from));
}

std::string Date::iso() const {
  char buf[32];
  if (!known()) return "";
  if (month == 0) {
    std::snprintf(buf, sizeof buf, "%04d", year);
  } else if (day == 0) {
    std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
  } else {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  }
  return buf;
}

std::optional<Date> Date::parse_iso(std::string_view s) {
  if (s.size() != 4 && s.size() != 7 && s.size() != 10) return std::nullopt;
  Date d;
  d.year = digits_at(s, 0, 4);
  if (d.year <= 0) return std::nullopt;
  if (s.size() >= 7) {
    if (s[4] != '-') return std::nullopt;
    d.month = digits_at(s, 5, 2);
    if (d.month < 1 || d.month > 12) return std::nullopt;
  }
  if (s.size() == 10) {
    if (s[7] != '-') return std::nullopt;
    d.day = digits_at(s, 8, 2);
    if (!is_valid_day(d.year, d.month, d.day)) return std::nullopt;
  }
  return d;
}

Date Date::plus_days(int days) const {
  if (!full()) return *this;
  return civil_from_days(day_number(*this) + days);
}

Date Date::plus_months(int months) const {
  if (!known() || month == 0) return *this;
  const long long index = static_cast<long long>(year) * 12 + (month - 1) + months;
  const long long y = index >= 0 ? index / 12 : (index - 11) / 12;
  Date out{static_cast<int>(y), static_cast<int>(index - y * 12) + 1, 0};
  if (full()) out.day = std::min(day, days_in_month(out.year, out.month));
  return out;
}

int Date::weekday() const {
  if (!full()) return -1;
  const long long n = day_number(*this);  // 1970-01-01 was a Thursday (3)
  return static_cast<int>(((n % 7) + 7 + 3) % 7);
}

}  // namespace storymap
