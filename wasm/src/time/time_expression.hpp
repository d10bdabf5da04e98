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

// "on Wednesday", "arrives on Thursday", "left on Saturday" (weekdays: past or future by the
// verb's tense, nearest such day otherwise; the article's own weekday is that day), "today",
// "yesterday", "tomorrow", "last June", "in February" (the most recent February not after the
// article unless the tense says future), "April 24", "April 24, 2019", "24 April", "2011",
// "last year", "last week" (kept to the precision given), "earlier this month".
// `reference` is the article date; when unknown only absolute dates are returned.
std::vector<TimeExpression> find_time_expressions(std::string_view sentence, const Date& reference);

}  // namespace storymap
