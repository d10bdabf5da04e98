#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "time/time_expression.hpp"

using storymap::Date;
using storymap::find_time_expressions;

namespace {

const Date kWed{2019, 4, 24};  // a Wednesday
const Date kMon{2019, 4, 29};  // a Monday

// Every expression found, as "text=date".
std::string found(std::string_view sentence, const Date& ref) {
  std::string out;
  for (const auto& e : find_time_expressions(sentence, ref)) {
    if (!out.empty()) out += "; ";
    out += std::string(sentence.substr(e.start, e.end - e.start)) + "=" + e.date.iso();
  }
  return out;
}

}  // namespace

TEST_CASE("time expressions: weekdays follow the tense of the sentence") {
  CHECK(found("Kim arrived in Russia in his personal train on Wednesday, ahead of talks.", kWed) ==
        "Wednesday=2019-04-24");
  CHECK(found("Kim Jong Un is due to meet Putin on Thursday.", kWed) == "Thursday=2019-04-25");
  CHECK(found("Putin, meanwhile, leaves for Beijing on Friday to attend a two-day conference.",
              kWed) == "Friday=2019-04-26");
  CHECK(found("The minister left on Saturday for Oslo.", kMon) == "Saturday=2019-04-27");
  CHECK(found("The minister will fly to Oslo on Saturday.", kMon) == "Saturday=2019-05-04");
  CHECK(found("Kim will likely stay in Vladivostok until Friday, Yonhap reported.", kWed) ==
        "Friday=2019-04-26");
  CHECK(found("Ushakov told Russian media the summit on Thursday will focus on sanctions.", kWed) ==
        "Thursday=2019-04-25");
  CHECK(found("Kim may tour facilities before departing for home on Friday, the reports said.",
              kWed) == "Friday=2019-04-26");
  CHECK(found("His summit with Putin, set to begin on Thursday, is the first.", kWed) ==
        "Thursday=2019-04-25");
  CHECK(found("Kim, who arrived on Tuesday, will meet Putin on Thursday.", kWed) ==
        "Tuesday=2019-04-23; Thursday=2019-04-25");
  // No tense cue at all: the nearest such day.
  CHECK(found("Talks on Monday and Friday", kWed) == "Monday=2019-04-22; Friday=2019-04-26");
  CHECK(found("Votes on Sunday", kWed) == "Sunday=2019-04-21");
  CHECK(found("Votes on Sunday", Date{2019, 4, 25}) == "Sunday=2019-04-28");
}

TEST_CASE("time expressions: weekday phrases and their spans") {
  CHECK(found("Kim arrived in Russia on Wednesday morning.", kWed) ==
        "Wednesday morning=2019-04-24");
  CHECK(found("He was expected around late Wednesday afternoon.", kWed) ==
        "late Wednesday afternoon=2019-04-24");
  CHECK(found("Later on Wednesday Kim met officials.", kWed) == "Later on Wednesday=2019-04-24");
  CHECK(found("Earlier Wednesday, state media confirmed it.", kWed) ==
        "Earlier Wednesday=2019-04-24");
  CHECK(found("Earlier Tuesday, state media confirmed it.", kMon) == "Earlier Tuesday=2019-04-23");
  CHECK(found("The ship docked last Monday.", kMon) == "last Monday=2019-04-22");
  CHECK(found("The ship docks next Monday.", kMon) == "next Monday=2019-05-06");
  CHECK(found("Shops open on Good Friday.", kWed) == "");
  CHECK(found("Kim arrived on Wednesday.", Date{}) == "");  // no reference: nothing to count from
}

TEST_CASE("time expressions: today, yesterday, tomorrow") {
  CHECK(found("The ferry sails today.", kWed) == "today=2019-04-24");
  CHECK(found("It sailed yesterday afternoon.", kWed) == "yesterday afternoon=2019-04-23");
  CHECK(found("Tomorrow the talks resume.", Date{2019, 12, 31}) == "Tomorrow=2020-01-01");
  CHECK(found("Kim will dine tonight.", kWed) == "tonight=2019-04-24");
  CHECK(found("This morning he left.", kWed) == "This morning=2019-04-24");
  CHECK(found("Fighting broke out last night.", Date{2020, 3, 1}) == "last night=2020-02-29");
}

TEST_CASE("time expressions: months placed before or after the article") {
  CHECK(found("Talks with Trump broke down in March.", kWed) == "March=2019-03");
  CHECK(found("In February, Kim's second summit with Trump in Hanoi ended.", kWed) ==
        "February=2019-02");
  CHECK(found("He met Trump in Singapore last June.", kWed) == "last June=2018-06");
  CHECK(found("He met Trump in Singapore last June.", Date{2019, 8, 1}) == "last June=2019-06");
  CHECK(found("The fleet sails next March.", kWed) == "next March=2020-03");
  CHECK(found("The minister visited Kenya in June.", kWed) == "June=2018-06");
  CHECK(found("The minister will visit Kenya in June.", kWed) == "June=2019-06");
  CHECK(found("She was left out of a gathering earlier this month.", kWed) ==
        "earlier this month=2019-04");
  CHECK(found("Prices rose last month.", Date{2019, 1, 15}) == "last month=2018-12");
  CHECK(found("The ship sailed in early March.", kWed) == "early March=2019-03");
  CHECK(found("Repairs lasted from February and March.", kWed) ==
        "February=2019-02; March=2019-03");
  CHECK(found("After his March summit with Trump in Vietnam ended, Kim left.", kWed) ==
        "March=2019-03");
  // "last week": the month of the day a week back (which day is not said).
  CHECK(found("The crew mutinied last week.", Date{2019, 5, 3}) == "last week=2019-04");
}

TEST_CASE("time expressions: month words that are not dates") {
  CHECK(found("Kim may tour neighbouring facilities.", kWed) == "");
  CHECK(found("May I ask a question?", kWed) == "");
  CHECK(found("Theresa May met the minister.", kWed) == "");
  CHECK(found("They remembered the March on Washington.", kWed) == "");
  CHECK(found("the march in march", kWed) == "");
  CHECK(found("In May, the ship was refitted.", kWed) == "May=2018-05");
}

TEST_CASE("time expressions: explicit dates") {
  CHECK(found("Kim waves at a station on April 24, 2019, before leaving.", kWed) ==
        "April 24, 2019=2019-04-24");
  CHECK(found("The vote is set for 3 May 2021.", kWed) == "3 May 2021=2021-05-03");
  CHECK(found("The ship left Apr. 20 and reached Lisbon on April 28.", Date{2019, 5, 2}) ==
        "Apr. 20=2019-04-20; April 28=2019-04-28");
  CHECK(found("Elections were held on Dec. 30.", Date{2019, 1, 2}) == "Dec. 30=2018-12-30");
  CHECK(found("The talks were held on April 28.", kWed) == "April 28=2018-04-28");
  CHECK(found("The talks open on April 28.", kWed) == "April 28=2019-04-28");
  CHECK(found("A record of 2019-04-24 exists.", Date{}) == "2019-04-24=2019-04-24");
  CHECK(found("They met in Singapore in June 2018.", kWed) == "June 2018=2018-06");
  CHECK(found("Wednesday, April 24, 2019", Date{}) == "Wednesday, April 24, 2019=2019-04-24");
  CHECK(found("The leap day February 29, 2020 was busy.", kWed) == "February 29, 2020=2020-02-29");
  CHECK(found("The day February 29, 2019 never came.", kWed).find("2019-02-29") ==
        std::string::npos);
  CHECK(found("It opened on the 24th of April.", kWed) == "24th of April=2019-04-24");
}

TEST_CASE("time expressions: years and relative periods") {
  CHECK(found("His late father, Kim Jong Il, visited in 2011.", kWed) == "2011=2011");
  CHECK(found("the first by a North Korean leader since 2011", Date{}) == "2011=2011");
  CHECK(found("the disarmament steps he took last year.", kWed) == "last year=2018");
  CHECK(found("The canal reopens next year.", kWed) == "next year=2020");
  CHECK(found("The line closed two months ago.", kWed) == "two months ago=2019-02");
  CHECK(found("The ship reached Cape Town 3 days later.", kWed) == "3 days later=2019-04-27");
  CHECK(found("A year earlier, the ship sank.", kWed) == "A year earlier=2018");
  CHECK(found("The trip comes about two months after his summit with Trump failed.", kWed) == "");
  CHECK(found("The storm hit in late 2011 and mid-2012.", kWed) == "late 2011=2011; mid-2012=2012");
}

TEST_CASE("time expressions: numbers that are not years") {
  CHECK(found("In 2,000 villages, 1500 km away, 2019 people voted.", kWed) == "");
  CHECK(found("He walked 2000 km in 2000 km stages.", kWed) == "");
  CHECK(found("Music of the 1990s returned in 2019.", kWed) == "2019=2019");
  CHECK(found("Route 2011 closes at 10:30.", kWed) == "");
}

TEST_CASE("time expressions: byte offsets in UTF-8 text") {
  const std::string s = "Le navire a quitt\xC3\xA9 Brest \xE2\x80\x94 on Friday \xE2\x80\x9C"
                        "ahead\xE2\x80\x9D of plan.";
  const auto found_here = find_time_expressions(s, kWed);
  REQUIRE(found_here.size() == 1);
  CHECK(s.substr(found_here[0].start, found_here[0].end - found_here[0].start) == "Friday");
  CHECK(found("\xC3\xA9Wednesday\xC3\xA9 in M\xC3\xA4rz", kWed) == "");  // never part of a keyword
  CHECK(found("Kim\xE2\x80\x99s train left on Tuesday\xC2\xA0morning.", kWed) ==
        "Tuesday\xC2\xA0morning=2019-04-23");
}

TEST_CASE("time expressions: empty, junk and very long input") {
  CHECK(find_time_expressions("", kWed).empty());
  CHECK(find_time_expressions(std::string("\0\xff\xfe\x80on Friday", 13), kWed).size() == 1);
  std::string junk;
  for (int i = 0; i < 100000; ++i) junk += static_cast<char>((i * 7919) % 256);
  CHECK_NOTHROW(find_time_expressions(junk, kWed));
  std::string many;
  while (many.size() < 100000) many += "on Friday will in March 2019-04-24 last 12 ";
  const auto all = find_time_expressions(many, kWed);
  CHECK(all.size() == 3 * (many.size() / 43));
  CHECK(all.back().end <= many.size());
}
