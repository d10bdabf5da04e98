// When an article was written: from its Date: header, or a dateline in its text.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "time/date.hpp"

namespace storymap {

struct ArticleDate {
  Date date;          // unknown when neither header nor dateline gives one
  std::string basis;  // "header", "dateline", "inferred" or "unknown"
};

// header_date: the Date: header as written ("" when absent; ISO "2019-04-24",
// "2019-04-24T10:00:00Z", "April 24, 2019", "Apr. 24, 2019", "24 April 2019",
// RFC 2822 "Wed, 24 Apr 2019 10:00:00 +0000").
// body: the article text after the header. Without a usable header, looks for a dateline with a
// full date near the start of the text ("Wednesday, April 24, 2019", " date 2019-04-24",
// "24 April 2019", "Updated 10:32 AM ET, Wed April 24, 2019"); a dateline without a year
// ("April 24 (Reuters) -") gives none: basis "unknown" (see find_partial_dateline).
// Dates deeper in the text, or after a preposition ("visited on May 5, 2011"), are events, not
// the article's date. A weekday that disagrees with the date is ignored: the numbers win.
ArticleDate find_article_date(std::string_view header_date, std::string_view body);

// What a dateline says when it may lack a year: "April 24 (Reuters) -" gives month 4, day 24;
// "Wednesday, April 24" also weekday 2; "Wednesday (AP) -" the weekday alone.
struct PartialDate {
  int month = 0;     // 1..12, 0 when not given
  int day = 0;       // 1..31, 0 when not given
  int weekday = -1;  // 0 = Monday ... 6 = Sunday, -1 when not given
};

// The month/day and/or weekday of the article's dateline (a date at the start of a line, on a
// line starting with "Updated", "Published", "date" ..., or followed by "(Agency)", a dash or a
// line break, in the first few hundred bytes), whether or not it has a year; nullopt when the
// text has no dateline. Callers date a year-less article from sister articles with it.
std::optional<PartialDate> find_partial_dateline(std::string_view body);

}  // namespace storymap
