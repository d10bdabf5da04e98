#include <doctest/doctest.h>

#include "time/date.hpp"

using storymap::Date;

namespace {
Date iso(const char* s) { return Date::parse_iso(s).value(); }
}  // namespace

TEST_CASE("time date: iso() keeps the precision given") {
  CHECK(Date{2019, 4, 24}.iso() == "2019-04-24");
  CHECK(Date{2018, 6, 0}.iso() == "2018-06");
  CHECK(Date{2011, 0, 0}.iso() == "2011");
  CHECK(Date{}.iso() == "");
  CHECK(Date{987, 1, 2}.iso() == "0987-01-02");
}

TEST_CASE("time date: parse_iso() reads what iso() writes and nothing else") {
  CHECK(iso("2019-04-24") == Date{2019, 4, 24});
  CHECK(iso("2018-06") == Date{2018, 6, 0});
  CHECK(iso("2011") == Date{2011, 0, 0});
  CHECK(iso("2020-02-29") == Date{2020, 2, 29});
  CHECK_FALSE(Date::parse_iso("2019-02-29"));  // 2019 is not a leap year
  CHECK_FALSE(Date::parse_iso("1900-02-29"));  // centuries are not, unless divisible by 400
  CHECK(iso("2000-02-29") == Date{2000, 2, 29});
  CHECK_FALSE(Date::parse_iso("2019-13"));
  CHECK_FALSE(Date::parse_iso("2019-04-31"));
  CHECK_FALSE(Date::parse_iso("0000"));
  CHECK_FALSE(Date::parse_iso("2019-4-24"));
  CHECK_FALSE(Date::parse_iso("2019/04/24"));
  CHECK_FALSE(Date::parse_iso(""));
  CHECK_FALSE(Date::parse_iso("April 24"));
  for (const char* s : {"2019-04-24", "2018-06", "2011", "1969-07-20"}) {
    CHECK(iso(s).iso() == s);
  }
}

TEST_CASE("time date: weekday() in the proleptic Gregorian calendar, Monday = 0") {
  CHECK(Date{2019, 4, 24}.weekday() == 2);  // a Wednesday
  CHECK(Date{2019, 4, 29}.weekday() == 0);  // a Monday
  CHECK(Date{1970, 1, 1}.weekday() == 3);   // a Thursday
  CHECK(Date{2000, 1, 1}.weekday() == 5);   // a Saturday
  CHECK(Date{1969, 7, 20}.weekday() == 6);  // the Moon landing, a Sunday
  CHECK(Date{1600, 3, 1}.weekday() == 2);
  CHECK(Date{2019, 4, 0}.weekday() == -1);  // not a full date
}

TEST_CASE("time date: plus_days() crosses months, years and leap days") {
  CHECK(Date{2019, 4, 24}.plus_days(1) == Date{2019, 4, 25});
  CHECK(Date{2019, 4, 24}.plus_days(-24) == Date{2019, 3, 31});
  CHECK(Date{2020, 2, 28}.plus_days(1) == Date{2020, 2, 29});
  CHECK(Date{2019, 2, 28}.plus_days(1) == Date{2019, 3, 1});
  CHECK(Date{2019, 12, 31}.plus_days(1) == Date{2020, 1, 1});
  CHECK(Date{2020, 1, 1}.plus_days(366) == Date{2021, 1, 1});
  CHECK(Date{2019, 4, 24}.plus_days(0) == Date{2019, 4, 24});
  CHECK(Date{2019, 4, 0}.plus_days(3) == Date{2019, 4, 0});  // month precision kept as is
}

TEST_CASE("time date: plus_months() clamps the day and keeps precision") {
  CHECK(Date{2019, 4, 0}.plus_months(-2) == Date{2019, 2, 0});
  CHECK(Date{2019, 1, 0}.plus_months(-1) == Date{2018, 12, 0});
  CHECK(Date{2019, 12, 0}.plus_months(1) == Date{2020, 1, 0});
  CHECK(Date{2020, 1, 31}.plus_months(1) == Date{2020, 2, 29});
  CHECK(Date{2019, 1, 31}.plus_months(1) == Date{2019, 2, 28});
  CHECK(Date{2019, 4, 24}.plus_months(-25) == Date{2017, 3, 24});
  CHECK(Date{2011, 0, 0}.plus_months(5) == Date{2011, 0, 0});
}

TEST_CASE("time date: calendar helpers and ordering") {
  CHECK(storymap::is_leap_year(2020));
  CHECK_FALSE(storymap::is_leap_year(2019));
  CHECK_FALSE(storymap::is_leap_year(2100));
  CHECK(storymap::days_in_month(2019, 2) == 28);
  CHECK(storymap::days_in_month(2019, 13) == 0);
  CHECK(storymap::days_between(Date{2019, 4, 24}, Date{2018, 6, 12}) == -316);
  CHECK(storymap::days_between(Date{2019, 1, 1}, Date{2020, 1, 1}) == 365);
  CHECK(Date{2019, 2, 0} < Date{2019, 2, 1});
  CHECK(Date{2018, 12, 31} < Date{2019, 1, 1});
  CHECK(Date{2019, 4, 24} != Date{2019, 4, 0});
}
