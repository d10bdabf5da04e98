// The event builders on text nobody writes on purpose: no crash, bounded work, the same
// output every time.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "api/engine.hpp"
#include "engine_fixture.hpp"
#include "output/story_json.hpp"

namespace {

using nlohmann::json;

using storymap::test::engine;
using storymap::test::read_text;

std::vector<storymap::ArticleInput> sample() {
  std::vector<storymap::ArticleInput> out;
  for (const char* f : {"000_9172b2b912eb91e2.txt", "001_3037fa50a5ca8de3.txt", "002_c1254e509cadcc51.txt"}) {
    const std::string path = std::string(STORYMAP_SOURCE_DIR) + "/data/articles/" + f;
    out.push_back({path, read_text(path)});
  }
  return out;
}

size_t count_kind(const json& s, const std::string& kind) {
  size_t n = 0;
  for (const auto& f : s["features"]) n += f["properties"]["kind"] == kind;
  return n;
}

}  // namespace

TEST_CASE("story robustness: the same story JSON every time") {
  const std::string a = engine().story(sample());
  const std::string b = engine().story(sample());
  CHECK(a == b);
  // Sister articles in another order credit the same events.
  auto reversed = sample();
  std::swap(reversed[0], reversed[2]);
  const json r = json::parse(engine().story(reversed));
  CHECK(count_kind(r, "event") == count_kind(json::parse(a), "event"));
}

TEST_CASE("story robustness: odd text gives a story, not a crash") {
  const std::vector<std::string> texts = {
      "arrived arrived from from to to via via summit summit met met with with",
      "Title: x\n\nFrom to. To from. Via. Summit with. Met. Left for. Returned home. He she his her.",
      "Kim Kim Kim Kim met Kim in Kim with Kim, where Kim met Kim. Kim's Kim's summit's summit.",
      "President President President Trump met President in President on Monday Monday Monday.",
      "\xC3\x9C\xC3\x96 Z\xC3\xBCrich \xE2\x80\x94 arrived in Z\xC3\xBCrich \xE2\x80\x9Cwhere\xE2\x80\x9D \xE2\x80\x94 from "
      "M\xC3\xBCnchen \xE6\x9D\xB1\xE4\xBA\xAC to \xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0.",
      "The research vessel Aurora left Hobart. The ship sailed to . The vessel ( arrived in ) Macquarie",
      "North Korean leader Kim Jong Un left from , rather than not instead of rather than Pyongyang",
      std::string(5000, '(') + "Kim arrived in Paris" + std::string(5000, ')'),
  };
  for (const std::string& t : texts) {
    INFO(t.substr(0, 80));
    json s;
    CHECK_NOTHROW(s = json::parse(engine().story({{"odd.txt", t}})));
    CHECK(s["type"] == "FeatureCollection");
  }
}

// Speed is measured by the benchmarks, not asserted here: this only shows the long inputs finish
// and keep their story.
TEST_CASE("story robustness: a long sentence and a long article stay linear") {
  // One 300 KB sentence full of travel words and places: no blow-up in the phrase scans.
  std::string sentence = "Title: long\nDate: 2021-05-12\n\nNorth Korean leader Kim Jong Un";
  for (int i = 0; i < 6000; ++i) sentence += " left Paris for Berlin via Prague and met Putin in Rome";
  const json s = json::parse(engine().story({{"sentence.txt", sentence}}));
  CHECK(s["type"] == "FeatureCollection");

  // The sample thirty times over as one article: the train route survives the repetition.
  std::string body;
  for (int i = 0; i < 30; ++i)
    for (const auto& a : sample()) body += a.text + "\n\n";
  const json big = json::parse(engine().story({{"big.txt", " date 2019-04-24\n" + body}}));
  CHECK(count_kind(big, "leg") >= 4);
  CHECK(count_kind(big, "event") >= 3);
}

TEST_CASE("story robustness: a place named thousands of times is quoted a bounded number of times") {
  std::string body;
  for (int i = 0; i < 400; ++i) body += "Officials in Vladivostok met again on the pier. ";
  const json s = json::parse(engine().story({{"long.txt", "Title: Long\nDate: 2021-05-12\n\n" + body}}));
  bool found = false;
  for (const auto& f : s["features"]) {
    const auto& p = f["properties"];
    if (p["kind"] != "place" || p["name"] != "Vladivostok") continue;
    found = true;
    CHECK(p["mention_count"] == 400);
    CHECK(p["mentions"].size() == storymap::kMaxMentionsQuoted);
    CHECK(p["mentions"][0]["start"] < p["mentions"][1]["start"]);  // the first ones, in text order
  }
  CHECK(found);
}
