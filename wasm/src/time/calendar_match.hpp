// Dates written out in full or in part ("April 24, 2019", "24 Apr", "2019-04-24", "June 2018")
// and years standing alone, found in tokens: shared by the dateline reader and the
// time-expression finder.
#pragma once
#include <cstddef>
#include <optional>

#include "time/tokens.hpp"

namespace storymap::timetext {

struct DateMatch {
  size_t first = 0, last = 0;        // token range [first, last)
  int year = 0, month = 0, day = 0;  // year 0: none written; day 0: a month and a year only
  int weekday = -1;                  // a weekday written before the date; -1 when none
};

// A calendar date written at token i: "2019-04-24" (also "2019/04/24", and followed by "T10:00"),
// "April 24", "Apr. 24, 2019", "April 24th 2019", "24 April 2019", "24th of April", "June 2018",
// "June of 2018"; each may follow a weekday ("Wednesday, April 24, 2019", "Wed, 24 Apr 2019").
// A weekday that disagrees with the date is kept as written: callers trust the numbers.
// Impossible days ("February 29, 2019") do not match.
std::optional<DateMatch> match_calendar_date(const Tokens& t, size_t i);

// Token i is a year standing alone: four digits in [min_year, max_year], not part of a longer
// number ("2,019", "2019.5"), a decade ("1990s") or a quantity ("2000 km", "2019 people").
bool is_year(const Tokens& t, size_t i, int min_year, int max_year);

}  // namespace storymap::timetext
