// The geoparser on text of our own: what it finds, what it ignores, where it puts it.
#include <doctest/doctest.h>

#include <cmath>
#include <string>

#include "engine_fixture.hpp"
#include "resolver/geo.hpp"

namespace {

using storymap::test::engine;

nlohmann::ordered_json find(const nlohmann::ordered_json& toponyms, const std::string& text) {
  for (const auto& t : toponyms)
    if (t["text"] == text) return t;
  return nullptr;
}

double km(const nlohmann::ordered_json& t, double lat, double lon) {
  return storymap::distance_km(t["lat"].get<double>(), t["lon"].get<double>(), lat, lon);
}

}  // namespace

TEST_CASE("geoparse: multi-word names, possessives and accents") {
  const auto t = engine().toponyms(
      "Officials in North Korea's capital spoke of the Korean Peninsula. From Kraków the delegation "
      "drove to Zürich, then flew to Xi'an and on to St. Petersburg.");
  CHECK(find(t, "North Korea")["country"] == "KP");
  CHECK(find(t, "Korean Peninsula") != nullptr);
  CHECK(find(t, "Kraków")["country"] == "PL");
  CHECK(find(t, "Zürich")["country"] == "CH");
  CHECK(find(t, "Xi'an")["country"] == "CN");
  CHECK(find(t, "St. Petersburg")["country"] == "RU");
  CHECK(find(t, "North") == nullptr);  // no place inside a longer one
}

TEST_CASE("geoparse: offsets are bytes into the UTF-8 text") {
  const std::string text = "Le ministre est arrivé à Montréal hier.";
  const auto t = engine().toponyms(text);
  const auto m = find(t, "Montréal");
  REQUIRE(m != nullptr);
  CHECK(text.substr(m["start"].get<size_t>(), m["end"].get<size_t>() - m["start"].get<size_t>()) == "Montréal");
}

TEST_CASE("geoparse: a qualifier chooses among same-named places") {
  const auto texas = engine().toponyms("The fair in Paris, Texas, drew visitors from Sulphur Springs.");
  CHECK(km(find(texas, "Paris"), 33.66, -95.56) < 30);
  const auto france = engine().toponyms("Ministers met in Paris before flying to Berlin and Madrid.");
  CHECK(km(find(france, "Paris"), 48.85, 2.35) < 30);
}

TEST_CASE("geoparse: context chooses Georgia the country or the state") {
  const auto caucasus = engine().toponyms("Protests spread in Tbilisi as Georgia's parliament met; Armenia and Azerbaijan watched.");
  CHECK(find(caucasus, "Georgia")["country"] == "GE");
  const auto south = engine().toponyms("Storms hit Atlanta and Savannah as Georgia braced for floods; Macon closed schools.");
  const auto g = find(south, "Georgia");
  REQUIRE(g != nullptr);
  CHECK(g["country"] == "US");
}

TEST_CASE("geoparse: people, outlets, months and everyday words are not places") {
  const auto t = engine().toponyms(
      "Summit talks began in March. Senator Lincoln told Reuters that President Donald Trump would visit. "
      "Trump said the bread and salt were welcome. Jackson, a farmer, agreed.");
  for (const char* word : {"Summit", "March", "Lincoln", "Reuters", "Donald", "Trump", "Jackson"})
    CHECK_MESSAGE(find(t, word) == nullptr, word);
}

TEST_CASE("geoparse: demonyms are mentions of their country, typed as such") {
  const auto t = engine().toponyms("Nigerian officials said North Korean envoys had left.");
  CHECK(find(t, "Nigerian")["type"] == "demonym");
  CHECK(find(t, "Nigerian")["country"] == "NG");
  CHECK(find(t, "North Korean")["country"] == "KP");
}

TEST_CASE("geoparse: abbreviations count only as written") {
  const auto t = engine().toponyms("U.S. officials and the DPRK met; the IRS was not involved. Alexandria, La., voted.");
  CHECK(find(t, "U.S")["country"] == "US");
  CHECK(find(t, "DPRK")["country"] == "KP");
  CHECK(find(t, "IRS") == nullptr);
  CHECK(km(find(t, "Alexandria"), 31.31, -92.45) < 50);
}

TEST_CASE("geoparse: transliteration variants need support from the text") {
  const auto russia = engine().toponyms("Kim reached the Hasan train station in Russia before Vladivostok.");
  CHECK(km(find(russia, "Hasan"), 42.42, 130.65) < 15);
  const auto none = engine().toponyms("The group Hamas said it would talk.");
  CHECK(find(none, "Hamas") == nullptr);
}

TEST_CASE("geoparse: US counties come from the postal-code data") {
  const auto t = engine().toponyms("Deputies in Laurel County, Kentucky, closed the road.");
  const auto c = find(t, "Laurel County");
  REQUIRE(c != nullptr);
  CHECK(km(c, 37.1, -84.1) < 40);
}

TEST_CASE("geoparse: empty and odd text gives nothing and does not fail") {
  CHECK(engine().toponyms("").empty());
  CHECK(engine().toponyms("\n\n   \t").empty());
  CHECK(engine().toponyms(std::string(100000, 'A')).empty());
}

TEST_CASE("geoparse: local news names its own Paris and Richmond") {
  // Texas towns around it: Paris, Texas, not Paris, France.
  const auto texas = engine().toponyms(
      "Storms hit Longview and Texarkana on Monday. Schools in Paris and Sulphur Springs closed early, "
      "and Greenville reported flooding.");
  CHECK(km(find(texas, "Paris"), 33.66, -95.56) < 50);
  CHECK(km(find(texas, "Greenville"), 33.14, -96.11) < 50);
  // Indiana towns around it: Richmond, Indiana, not Richmond, Virginia.
  const auto indiana = engine().toponyms(
      "Police in Evansville and Terre Haute searched for the man, who was last seen in Richmond and Muncie.");
  CHECK(km(find(indiana, "Richmond"), 39.83, -84.89) < 50);
  // With nothing around it, the prominent one.
  CHECK(km(find(engine().toponyms("She moved to Paris last year."), "Paris"), 48.85, 2.35) < 50);
}
