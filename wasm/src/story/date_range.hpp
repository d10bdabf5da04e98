// Dates of any precision as ranges of days: 2019-04 is April 1 to 30, 2011 the whole year.
#pragma once
#include "time/date.hpp"

namespace storymap {

Date first_day(const Date& d);  // unknown stays unknown
Date last_day(const Date& d);
// The two dates can name the same day: 2019-04 and 2019-04-24, or equal.
bool overlaps(const Date& a, const Date& b);
// a ends before b starts (both known).
bool strictly_before(const Date& a, const Date& b);
// Days from the end of a to the start of b, 0 when they overlap; both must be known.
long gap_days(const Date& a, const Date& b);
// The more precise of two overlapping dates.
Date more_precise(const Date& a, const Date& b);

}  // namespace storymap
