// Reading an article file: header, headline, sentences, and refusals of bad input.
#include <doctest/doctest.h>

#include "story/article.hpp"

using storymap::InputError;
using storymap::parse_article;

TEST_CASE("article: header lines then a blank line") {
  const auto a = parse_article("dir/trip.txt", "Title: A trip\nSource: The Gazette\nDate: 2020-05-01\n\nThey left Oslo. Then Bergen.");
  CHECK(a.id == "trip");
  CHECK(a.title == "A trip");
  CHECK(a.source == "The Gazette");
  CHECK(a.header_date == "2020-05-01");
  CHECK(a.text.substr(a.body_start, 4) == "They");
  REQUIRE(a.sentences.size() == 2);
  CHECK(a.sentence_text(1) == "Then Bergen.");
}

TEST_CASE("article: without a header the first line is the headline, less a machine date stamp") {
  CHECK(parse_article("a.txt", "Ships reach Lagos\n\nThe convoy arrived.").title == "Ships reach Lagos");
  CHECK(parse_article("b.txt", " date 2021-03-02 Ships reach Lagos, March 2, 2021.\nBody.").title ==
        "Ships reach Lagos, March 2, 2021.");
  CHECK(parse_article("c.txt", "2021-03-02 Ships reach Lagos\nBody.").title == "Ships reach Lagos");
}

TEST_CASE("article: abbreviations do not end sentences") {
  const auto a = parse_article("a.txt", "Title: x\n\nMr. Smith flew to St. Louis on Jan. 5. He left the U.S. later.");
  REQUIRE(a.sentences.size() == 2);
  CHECK(a.sentence_text(1) == "He left the U.S. later.");
}

TEST_CASE("article: empty, binary and invalid UTF-8 text is refused with the problem named") {
  CHECK_THROWS_WITH_AS(parse_article("e.txt", "  \n\t"), "empty: no text to read", InputError);
  CHECK_THROWS_WITH_AS(parse_article("b.txt", std::string("ab\0cd", 5)), doctest::Contains("binary"), InputError);
  CHECK_THROWS_WITH_AS(parse_article("l.txt", "Caf\xE9 au lait"), "not valid UTF-8 at byte 3", InputError);
  CHECK_THROWS_WITH_AS(parse_article("h.txt", std::string(100, 'a'), 50), doctest::Contains("too large"), InputError);
}
