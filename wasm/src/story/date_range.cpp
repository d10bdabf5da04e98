#include "story/date_range.hpp"

#include <algorithm>

namespace storymap {

Date first_day(const Date& d) {
  if (!d.known()) return d;
  return Date{d.year, d.month ? d.month : 1, d.day ? d.day : 1};
}

Date last_day(const Date& d) {
  if (!d.known()) return d;
  const int month = d.month ? d.month : 12;
  return Date{d.year, month, d.day ? d.day : days_in_month(d.year, month)};
}

bool overlaps(const Date& a, const Date& b) {
  if (!a.known() || !b.known()) return false;
  return !(last_day(a) < first_day(b)) && !(last_day(b) < first_day(a));
}

bool strictly_before(const Date& a, const Date& b) {
  return a.known() && b.known() && last_day(a) < first_day(b);
}

long gap_days(const Date& a, const Date& b) {
  if (overlaps(a, b)) return 0;
  if (strictly_before(a, b)) return days_between(last_day(a), first_day(b));
  return days_between(last_day(b), first_day(a));
}

Date more_precise(const Date& a, const Date& b) {
  const int pa = a.day ? 3 : a.month ? 2 : a.year ? 1 : 0;
  const int pb = b.day ? 3 : b.month ? 2 : b.year ? 1 : 0;
  return pb > pa ? b : a;
}

}  // namespace storymap
