#include <doctest/doctest.h>

#include <string>

#include "time/article_date.hpp"

using storymap::find_article_date;
using storymap::find_partial_dateline;

namespace {
// "date basis", e.g. "2019-04-24 header".
std::string dated(std::string_view header, std::string_view body) {
  const storymap::ArticleDate d = find_article_date(header, body);
  return d.date.iso() + " " + d.basis;
}
}  // namespace

TEST_CASE("time article date: the Date: header in its usual forms") {
  const char* body = "Some text without a date.";
  CHECK(dated("2019-04-24", body) == "2019-04-24 header");
  CHECK(dated("April 24, 2019", body) == "2019-04-24 header");
  CHECK(dated("24 April 2019", body) == "2019-04-24 header");
  CHECK(dated("Apr. 24, 2019", body) == "2019-04-24 header");
  CHECK(dated("Wed, 24 Apr 2019 10:00:00 +0000", body) == "2019-04-24 header");
  CHECK(dated("2019-04-24T10:00:00Z", body) == "2019-04-24 header");
  CHECK(dated("Saturday, February 29, 2020", body) == "2020-02-29 header");
  CHECK(dated("  3 Sept 1939 ", body) == "1939-09-03 header");
}

TEST_CASE("time article date: the header wins over the dateline; a bad header falls back") {
  const char* body = "Ship reaches port\nMonday, July 1, 2013\nThe ship docked.";
  CHECK(dated("2013-07-03", body) == "2013-07-03 header");
  CHECK(dated("", body) == "2013-07-01 dateline");
  CHECK(dated("sometime soon", body) == "2013-07-01 dateline");
  CHECK(dated("February 29, 2019", body) == "2013-07-01 dateline");  // no such day
}

TEST_CASE("time article date: datelines near the start of the body") {
  CHECK(dated("", "Kim arrives in Russia\n\nSub-heading here.\n\nWednesday, April 24, 2019\n"
                  "In this photo ... on April 23, 2019, before leaving.") == "2019-04-24 dateline");
  CHECK(dated("", " date 2019-04-24 North Korean leader arrives at the station, April 24, 2019.") ==
        "2019-04-24 dateline");
  CHECK(dated("", "Minister ends tour\n24 April 2019\nThe minister flew home.") ==
        "2019-04-24 dateline");
  CHECK(dated("", "Headline\nUpdated 10:32 AM ET, Wed April 24, 2019\nText.") ==
        "2019-04-24 dateline");
  CHECK(dated("", "Headline\nBy A. Writer | March 3, 2016\nThe ferry sailed.") ==
        "2016-03-03 dateline");
  // A caption's date, with nothing better before it.
  CHECK(dated("", "The ship in Lisbon, Portugal, June 5, 2017. REUTERS\n\nThe ship left.") ==
        "2017-06-05 dateline");
}

TEST_CASE("time article date: a weekday that disagrees with the date is ignored") {
  CHECK(dated("", "Thursday, April 24, 2019\nText.") == "2019-04-24 dateline");
  CHECK(dated("Fri, 24 Apr 2019 10:00:00 +0000", "") == "2019-04-24 header");
}

TEST_CASE("time article date: dates that are events, not the article's date") {
  // A year-less dateline gives no date.
  CHECK(dated("", "April 24 (Reuters) - Kim arrived on Wednesday.") == " unknown");
  // "visited in 2011" is a year, and an event.
  CHECK(dated("", "Kim will be the first leader since his father visited in 2011.") == " unknown");
  // After a preposition: the date of what happened.
  CHECK(dated("", "The talks that began on May 5, 2011 ended without a deal.") == " unknown");
  // Deep in the body.
  std::string body = "Headline\n";
  body += std::string(2000, 'x') + "\nWednesday, April 24, 2019\n";
  CHECK(dated("", body) == " unknown");
  CHECK(dated("", "") == " unknown");
  CHECK(dated("", std::string("\xff\xfe\0 binary\x01", 12)) == " unknown");
}

TEST_CASE("time article date: partial datelines without a year") {
  const auto reuters = find_partial_dateline("April 24 (Reuters) - North Korean leader Kim ...");
  REQUIRE(reuters);
  CHECK(reuters->month == 4);
  CHECK(reuters->day == 24);
  CHECK(reuters->weekday == -1);

  const auto yonhap = find_partial_dateline("SEOUL, Feb. 28 (Yonhap) -- The summit ended early.");
  REQUIRE(yonhap);
  CHECK(yonhap->month == 2);
  CHECK(yonhap->day == 28);

  const auto with_weekday = find_partial_dateline("Headline\nWednesday, April 24\nText.");
  REQUIRE(with_weekday);
  CHECK(with_weekday->month == 4);
  CHECK(with_weekday->weekday == 2);

  const auto weekday_only = find_partial_dateline("Headline\nMonday (AP) - The ship sailed.");
  REQUIRE(weekday_only);
  CHECK(weekday_only->month == 0);
  CHECK(weekday_only->weekday == 0);

  const auto full = find_partial_dateline("Wednesday, April 24, 2019\nText.");
  REQUIRE(full);
  CHECK(full->day == 24);

  CHECK_FALSE(find_partial_dateline("Kim arrived in Russia on Wednesday, ahead of talks."));
  CHECK_FALSE(find_partial_dateline("The talks on April 25 will focus on sanctions."));
  CHECK_FALSE(find_partial_dateline(""));
}
