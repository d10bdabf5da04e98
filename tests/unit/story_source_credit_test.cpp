#include <doctest/doctest.h>

#include <string>

#include "story/article.hpp"
#include "story/source_credit.hpp"

using storymap::find_source_credit;
using storymap::NameList;
using storymap::parse_article;

namespace {

NameList outlets() {
  NameList n;
  n.add_lines("# outlets\nReuters\nAssociated Press\nAP\nAFP\nBusiness Insider\nYonhap\nKremlin\nAgencies\nStaff and agencies\n");
  return n;
}

std::string credit(const std::string& text) { return find_source_credit(parse_article("a.txt", text), outlets()); }

}  // namespace

TEST_CASE("story source credit: the dateline credit") {
  CHECK(credit("Talks stall\n\nSEOUL, April 24 (Reuters) - Talks stalled on Wednesday.\n") == "Reuters");
  CHECK(credit("Talks stall\n\nSEOUL (AP) — Talks stalled on Wednesday.\n") == "AP");
}

TEST_CASE("story source credit: a sign-off line") {
  CHECK(credit("Kim arrives\n\nKim arrived in Russia on Wednesday.\n\nAgencies") == "Agencies");
  CHECK(credit("Kim arrives\n\nKim arrived in Russia on Wednesday.\n\n— Staff and agencies\n\n") == "Staff and agencies");
  CHECK(credit("Kim arrives\n\nKim arrived.\n\nCopyright 2019 The Associated Press.") == "Associated Press");
}

TEST_CASE("story source credit: a promotion line") {
  CHECK(credit("Kim rode a train\n- Kim arrived.\n- Visit Business Insider's homepage for more stories.\nMore text "
               "follows here, according to The Associated Press.\nAnd more.") == "Business Insider");
}

TEST_CASE("story source credit: a caption's credit") {
  CHECK(credit(" date 2019-04-24 Kim arrives at the station in Vladivostok, Russia, April 24, 2019. REUTERS\n\nBody "
               "text.") == "Reuters");
  CHECK(credit("Headline\nKim waves before leaving for Russia. / KCNA / Korea News Service via AP\n\nBody.") == "AP");
}

TEST_CASE("story source credit: the most specific position wins") {
  // A dateline credit beats a sign-off, a sign-off beats a caption's photo credit.
  CHECK(credit("Headline\n\nSEOUL (Reuters) - Body.\nPhoto via AP\n\nAgencies") == "Reuters");
  CHECK(credit("Headline\nKim waves. / KCNA via AP\n\nKim arrived.\n\nAgencies") == "Agencies");
}

TEST_CASE("story source credit: attributions and prose are no credit") {
  CHECK(credit("Headline\n\nKim left early, according to The Associated Press.\nYonhap said so.") == "");
  CHECK(credit("Headline\n\nA statement from the Kremlin said talks went well, the Kremlin said.") == "");
  CHECK(credit("Headline\n\nNothing credits anyone here.") == "");
}
