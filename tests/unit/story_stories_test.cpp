// The stories in tests/stories: each NAME.expected.json lists its articles and what their
// story must contain (trips with their ordered stops, modes and dates; meetings with their
// participants; sources and dates of the articles). Built with the real gazetteer.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "api/engine.hpp"
#include "engine_fixture.hpp"

namespace {

namespace fs = std::filesystem;
using nlohmann::json;

using storymap::test::engine;
using storymap::test::read_text;

json build(const fs::path& dir, const json& expected) {
  std::vector<storymap::ArticleInput> inputs;
  for (const auto& a : expected["articles"]) {
    const fs::path p = dir / a.get<std::string>();
    inputs.push_back({p.string(), read_text(p)});
    REQUIRE_MESSAGE(!inputs.back().text.empty(), "missing article " << p.string());
  }
  return json::parse(engine().story(inputs));
}

struct TripView {
  std::string traveller;
  std::vector<std::string> stops;
  std::vector<json> legs;  // by seq
};

// Trips of the story, keyed by trip id, with their stops as place names.
std::map<std::string, TripView> trips_of(const json& story) {
  std::map<std::string, std::string> names;
  for (const auto& f : story["features"])
    if (f["properties"]["kind"] == "place") names[f["id"]] = f["properties"]["name"];
  std::map<std::string, TripView> trips;
  for (const auto& f : story["features"]) {
    const json& p = f["properties"];
    if (p["kind"] != "leg") continue;
    TripView& t = trips[p["trip"]];
    t.traveller = p["traveller"];
    t.legs.push_back(f);
  }
  for (auto& entry : trips) {
    const std::string id = entry.first;
    TripView& t = entry.second;
    std::sort(t.legs.begin(), t.legs.end(),
              [](const json& a, const json& b) { return a["properties"]["seq"] < b["properties"]["seq"]; });
    for (size_t k = 0; k < t.legs.size(); ++k) {
      const json& p = t.legs[k]["properties"];
      CHECK_MESSAGE(p["seq"] == k + 1, id << ": legs numbered 1..n");
      CHECK_MESSAGE(names.count(p["from"]), id << ": leg start is a place feature");
      CHECK_MESSAGE(names.count(p["to"]), id << ": leg end is a place feature");
      if (k == 0) t.stops.push_back(names[p["from"]]);
      t.stops.push_back(names[p["to"]]);
    }
  }
  return trips;
}

std::string joined(const std::vector<std::string>& v) {
  std::string s;
  for (const std::string& x : v) s += (s.empty() ? "" : " > ") + x;
  return s;
}

void check_trip(const json& want, const std::map<std::string, TripView>& trips) {
  std::vector<std::string> stops;
  for (const auto& s : want["stops"]) stops.push_back(s);
  const TripView* found = nullptr;
  std::string seen;
  for (const auto& [id, t] : trips) {
    if (t.traveller != want["traveller"]) continue;
    seen += "\n  " + id + ": " + joined(t.stops);
    if (t.stops == stops) found = &t;
  }
  REQUIRE_MESSAGE(found, "no trip of " << want["traveller"].get<std::string>() << " with stops " << joined(stops)
                                        << "; trips of that traveller:" << seen);
  for (size_t k = 0; k < found->legs.size(); ++k) {
    const json& p = found->legs[k]["properties"];
    INFO("leg " << k + 1 << " " << p.dump());
    if (want.contains("mode")) CHECK(p["mode"] == want["mode"]);
    if (want.contains("leg_dates") && !want["leg_dates"][k].is_null()) CHECK(p["date"] == want["leg_dates"][k]);
    CHECK(p["evidence"].size() >= 1);
    CHECK(found->legs[k]["geometry"]["type"] == "LineString");
    CHECK(found->legs[k]["geometry"]["coordinates"].size() >= 2);
  }
  if (want.contains("first_leg_certain")) CHECK(found->legs[0]["properties"]["certain"] == want["first_leg_certain"]);
}

void check_event(const json& want, const json& story) {
  std::map<std::string, std::string> names;
  for (const auto& f : story["features"])
    if (f["properties"]["kind"] == "place") names[f["id"]] = f["properties"]["name"];
  const std::set<std::string> people(want["participants"].begin(), want["participants"].end());
  std::string seen;
  for (const auto& f : story["features"]) {
    const json& p = f["properties"];
    if (p["kind"] != "event") continue;
    seen += "\n  " + p["type"].get<std::string>() + " " + names[p["place"]] + " " + p["date"].dump() + " " +
            p["participants"].dump();
    if (p["type"] != want["type"] || names[p["place"]] != want["place"] || p["date"] != want["date"]) continue;
    if (std::set<std::string>(p["participants"].begin(), p["participants"].end()) != people) continue;
    if (want.contains("articles")) {
      std::set<std::string> credited;
      for (const auto& e : p["evidence"]) credited.insert(e["article"]);
      CHECK_MESSAGE(credited == std::set<std::string>(want["articles"].begin(), want["articles"].end()),
                    "credited " << json(credited).dump());
    }
    if (want.contains("disagreement")) {
      REQUIRE(p["disagreements"].size() == 1);
      const json& d = p["disagreements"][0];
      CHECK(d["field"] == want["disagreement"]["field"]);
      std::set<std::string> values;
      for (const auto& v : d["values"]) values.insert(v["value"]);
      CHECK_MESSAGE(values == std::set<std::string>(want["disagreement"]["values"].begin(), want["disagreement"]["values"].end()),
                    "values " << d.dump());
    } else {
      CHECK(p["disagreements"].empty());
    }
    return;
  }
  FAIL("no event " << want.dump() << "; events:" << seen);
}

void check_story(const fs::path& expected_file) {
  const json want = json::parse(read_text(expected_file));
  const json story = build(expected_file.parent_path(), want);
  INFO("story " << expected_file.filename().string());
  for (const auto& a : story["story"]["articles"]) {
    const std::string id = a["id"];
    if (want.contains("sources") && want["sources"].contains(id)) CHECK(a["source"] == want["sources"][id]);
    if (want.contains("dates") && want["dates"].contains(id)) CHECK(a["date"] == want["dates"][id]);
    if (want.contains("date_basis") && want["date_basis"].contains(id)) CHECK(a["date_basis"] == want["date_basis"][id]);
  }
  const auto trips = trips_of(story);
  for (const auto& t : want["trips"]) check_trip(t, trips);
  for (const auto& e : want["events"]) check_event(e, story);
  if (want["events"].empty()) {
    for (const auto& f : story["features"])
      CHECK_MESSAGE(f["properties"]["kind"] != "event", "unexpected event " << f["properties"].dump());
  }
}

fs::path stories_dir() { return fs::path(STORYMAP_SOURCE_DIR) / "tests" / "stories"; }

}  // namespace

TEST_CASE("story: the sample articles") { check_story(stories_dir() / "sample.expected.json"); }
TEST_CASE("story: a minister's tour of capitals by plane") { check_story(stories_dir() / "minister_tour.expected.json"); }
TEST_CASE("story: a ship's voyage across the date line") { check_story(stories_dir() / "pacific_voyage.expected.json"); }
TEST_CASE("story: a road trip by truck") { check_story(stories_dir() / "northern_corridor.expected.json"); }
TEST_CASE("story: a train journey there and back with a summit") { check_story(stories_dir() / "kyiv_train.expected.json"); }
TEST_CASE("story: a state visit reported by two outlets that disagree") {
  check_story(stories_dir() / "brazil_china.expected.json");
}

TEST_CASE("story: every expected story in tests/stories is tested") {
  std::set<std::string> tested = {"sample", "minister_tour", "pacific_voyage", "northern_corridor", "kyiv_train",
                                  "brazil_china"};
  for (const auto& entry : fs::directory_iterator(stories_dir())) {
    const std::string name = entry.path().filename().string();
    const std::string suffix = ".expected.json";
    if (name.size() > suffix.size() && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0)
      CHECK_MESSAGE(tested.count(name.substr(0, name.size() - suffix.size())), name << " has no test case");
  }
}
