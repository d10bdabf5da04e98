// Journeys and meetings from short articles, built with the real gazetteer: one rule of travel
// language per case.
#include <doctest/doctest.h>

#include <fstream>
#include <iterator>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "api/engine.hpp"
#include "engine_fixture.hpp"

namespace {

using nlohmann::json;

using storymap::test::engine;

json story(const std::string& body) {
  return json::parse(engine().story({{"test.txt", "Title: Test\nDate: 2021-05-12\n\n" + body}}));
}

std::map<std::string, std::string> place_names(const json& s) {
  std::map<std::string, std::string> names;
  for (const auto& f : s["features"])
    if (f["properties"]["kind"] == "place") names[f["id"]] = f["properties"]["name"];
  return names;
}

// Legs as "Traveller: From > To (mode, date, certain|uncertain)", one a line, in output order.
std::string legs(const json& s) {
  auto names = place_names(s);
  std::string out;
  for (const auto& f : s["features"]) {
    const json& p = f["properties"];
    if (p["kind"] != "leg") continue;
    out += std::string(out.empty() ? "" : "\n") + p["traveller"].get<std::string>() + ": " + names[p["from"]] + " > " + names[p["to"]] + " (" +
                  (p["mode"].is_null() ? "?" : p["mode"].get<std::string>()) + ", " +
                  (p["date"].is_null() ? "?" : p["date"].get<std::string>()) + ", " +
                  (p["certain"].get<bool>() ? "certain" : "uncertain") + ")";
  }
  return out;
}

// Events as "type Place date [participants]", one a line.
std::string events(const json& s) {
  auto names = place_names(s);
  std::string out;
  for (const auto& f : s["features"]) {
    const json& p = f["properties"];
    if (p["kind"] != "event") continue;
    std::string who;
    for (const auto& n : p["participants"]) who += (who.empty() ? "" : ", ") + n.get<std::string>();
    out += std::string(out.empty() ? "" : "\n") + p["type"].get<std::string>() + " " + names[p["place"]] + " " +
           (p["date"].is_null() ? "?" : p["date"].get<std::string>()) + " [" + who + "]";
  }
  return out;
}

}  // namespace

TEST_CASE("story journey: from, via and to in one phrase; a meeting on the way; on by train") {
  const json s = story(
      "French President Emmanuel Macron flew from Paris to Berlin via Frankfurt on Monday. He met German "
      "Chancellor Olaf Scholz in Berlin on Tuesday, then travelled on to Warsaw by train on Wednesday.");
  CHECK(legs(s) ==
        "Emmanuel Macron: Paris > Frankfurt am Main (plane, 2021-05-10, certain)\n"
        "Emmanuel Macron: Frankfurt am Main > Berlin (plane, 2021-05-10, certain)\n"
        "Emmanuel Macron: Berlin > Warsaw (train, 2021-05-12, certain)");
  CHECK(events(s) == "summit Berlin 2021-05-11 [Emmanuel Macron, Olaf Scholz]");
}

TEST_CASE("story journey: an open departure point, a denied place, a habit") {
  const json s = story(
      "Italian Prime Minister Mario Rossi left from an undisclosed location on Sunday rather than from Geneva, and "
      "arrived in Vienna on Monday. He typically travels to Rome by car.");
  // Rossi's home (Italy, from his title) stands for the open start; Geneva is denied; the habit is no trip.
  CHECK(legs(s) == "Mario Rossi: Italy > Vienna (?, 2021-05-10, uncertain)");
}

TEST_CASE("story journey: plans, a summit on arrival, onward travel") {
  const json s = story(
      "Indian Prime Minister Narendra Modi will travel to Tokyo on Friday for a summit with Japanese Prime "
      "Minister Fumio Kishida. Modi is expected to leave Tokyo for Sydney on Saturday.");
  CHECK(legs(s) == "Narendra Modi: Tokyo > Sydney (?, 2021-05-15, certain)");
  CHECK(events(s) == "summit Tokyo 2021-05-14 [Narendra Modi, Fumio Kishida]");
  for (const auto& f : s["features"])
    if (f["properties"]["kind"] != "place") CHECK(f["properties"]["planned"] == true);
}

TEST_CASE("story journey: a country gives way to its towns; the trip ends with the return") {
  const json s = story(
      "Pope Francis landed in Baghdad on Friday, the first papal visit to Iraq. Francis flew from Baghdad to Erbil "
      "on Sunday and returned to Rome on Monday.");
  CHECK(legs(s) ==
        "Francis: Baghdad > Erbil (plane, 2021-05-09, certain)\n"
        "Francis: Erbil > Rome (plane, 2021-05-10, certain)");
  CHECK(events(s) == "");
}

TEST_CASE("story journey: 'the Chinese capital', a where-clause meeting, a visit of one stop") {
  const json s = story(
      "Brazilian President Luiz Inacio Lula da Silva landed in Shanghai on Monday and flew to the Chinese "
      "capital on Tuesday, where he met Chinese President Xi Jinping. Former President Dilma Rousseff visited "
      "Shanghai in 2015.");
  CHECK(legs(s) == "Luiz Inacio Lula da Silva: Shanghai > Beijing (plane, 2021-05-11, certain)");
  CHECK(events(s) ==
        "visit Shanghai 2015 [Dilma Rousseff]\nsummit Beijing 2021-05-11 [Luiz Inacio Lula da Silva, Xi Jinping]");
}

TEST_CASE("story journey: a train along a known corridor, not straight across the bay") {
  const json s = story(
      "North Korean leader Kim Jong Un arrived in Khasan by train on Wednesday and set off for Vladivostok later "
      "the same day.");
  REQUIRE(legs(s) == "Kim Jong Un: Khasan > Vladivostok (train, 2021-05-12, certain)");
  for (const auto& f : s["features"])
    if (f["properties"]["kind"] == "leg") {
      const json& c = f["geometry"]["coordinates"];
      CHECK(c.size() > 4);
      // Round the north of Amur Bay: the line goes well north of both ends.
      double north = 0;
      for (const auto& p : c) north = std::max(north, p[1].get<double>());
      CHECK(north > 43.4);
    }
}

TEST_CASE("story journey: text without travel or people gives no legs or events") {
  const json s = story("Markets in Tokyo and London rose on Monday. Oil prices fell in New York.");
  CHECK(legs(s) == "");
  CHECK(events(s) == "");
}
