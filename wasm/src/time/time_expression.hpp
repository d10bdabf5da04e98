// Time expressions in a sentence, resolved to dates against the article's date.
#pragma once
#include <cstddef>
#include <string_view>
#include <vector>

#include "time/date.hpp"

namespace storymap {

struct TimeExpression {
  size_t start = 0, end = 0;  // byte offsets into the sentence given
  Date date;                  // with the precision the text gives
};

// Finds and dates, in text order:
// - weekdays: "on Wednesday", "Wednesday morning", "late Wednesday afternoon", "Later on
//   Wednesday", "Earlier Wednesday" (on or before), "last Friday" / "next Friday" (strictly before /
//   after), "this Friday" (on or after). Otherwise the tense near the expression decides: future
//   ("will", "is due to", "set to", "leaves for") = on or after the reference, past ("arrived",
//   "left", "was") = on or before; no tense = the nearest such day. The reference's own weekday is
//   the reference in both tenses.
// - "today", "tonight", "this morning", "yesterday", "last night", "tomorrow".
// - months: "in February", "since March", "early March", "his March summit" (the most recent such
//   month not after the reference's, or the next one not before it when the tense is future),
//   "last June" / "next March" (strictly before / after the reference's month), "this month",
//   "last month", "earlier this month". A month name needs such a context: "May I", "Kim may",
//   "the March on Washington" are not dates.
// - "last week" / "this week" / "next week" and "two weeks ago": month precision, the month
//   holding the day a week off (which day is not said).
// - dates written out: "April 24", "Apr. 24", "24 April", "April 24, 2019", "2019-04-24",
//   "June 2018" (a year-less day gets the year that puts it nearest the reference, on the
//   side the tense gives).
// - years: "in 2011", "since 2011", "late 2011" (a four-digit number 1800..2100 after such a
//   word, not "2,000 people" or "2000 km"), "last year", "next year", "this year".
// - counted from the reference: "two days ago", "3 days later", "two months ago" (month
//   precision), "a year earlier" (year precision). "two months after his summit" is anchored to
//   an event, not the reference: not taken.
// Spans cover the time words and their modifiers ("last June", "Later on Wednesday"), not a
// leading preposition ("on", "in", "until"). `reference` is the article date; expressions that
// need more of it than it has (a weekday with no full reference) are skipped, so with an unknown
// reference only absolute dates are returned. Linear in the sentence; any bytes are accepted.
std::vector<TimeExpression> find_time_expressions(std::string_view sentence,
                                                  const Date& reference);

}  // namespace storymap
