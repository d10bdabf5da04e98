// The gazetteer the build made from GeoNames cities500 and the project's data (STORYMAP_GAZETTEER):
// spelling variants find the right place, country aliases and demonyms find the country.
#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "gazetteer/gazetteer.hpp"

using storymap::Gazetteer;
using storymap::Place;
using storymap::Posting;

namespace {

const Gazetteer& gazetteer() {
  static const Gazetteer g([] {
    std::ifstream in(STORYMAP_GAZETTEER, std::ios::binary);
    if (!in)
      throw std::runtime_error(std::string(STORYMAP_GAZETTEER) +
                               ": no gazetteer; build it first with `storymap gazetteer --out` that path");
    return std::vector<uint8_t>(std::istreambuf_iterator<char>(in), {});
  }());
  return g;
}

// The posting of the place with this GeoNames id (or, for id 0, this name and country).
std::optional<Posting> find(const std::vector<Posting>& ps, uint32_t geonameid, std::string_view name = {},
                            std::string_view country = {}) {
  for (const Posting& p : ps) {
    const Place pl = gazetteer().place(p.place);
    if (pl.geonameid == geonameid && (name.empty() || pl.name == name) && (country.empty() || pl.country == country))
      return p;
  }
  return std::nullopt;
}

}  // namespace

TEST_CASE("gazetteer cities500: it is the whole of cities500") {
  const Gazetteer& g = gazetteer();
  CHECK(g.size() > 199000);
  CHECK(g.byte_size() < 16000000);
}

TEST_CASE("gazetteer cities500: Hasan is Khasan, by its transliteration variant") {
  const auto c = gazetteer().candidates("Hasan");
  const auto khasan = find(c, 2022586);
  REQUIRE(khasan);
  CHECK((khasan->flags & storymap::kVariantName));
  const Place p = gazetteer().place(khasan->place);
  CHECK(p.name == "Khasan");
  CHECK(p.country == "RU");
  CHECK(p.lat == doctest::Approx(42.42387).epsilon(1e-5));
  CHECK(p.lon == doctest::Approx(130.65156).epsilon(1e-5));
  const auto direct = find(gazetteer().candidates("Khasan"), 2022586);
  REQUIRE(direct);
  CHECK((direct->flags & storymap::kPrimaryName));
  CHECK_FALSE((direct->flags & storymap::kVariantName));  // a name beats a variant
}

TEST_CASE("gazetteer cities500: Oryol, Orel and Orël are one city") {
  for (const char* name : {"Oryol", "Orel", "Orël", "ORYOL", "Orjol"}) {
    CAPTURE(name);
    const auto p = find(gazetteer().candidates(name), 515012);
    REQUIRE(p);
    CHECK(gazetteer().place(p->place).country == "RU");
    CHECK(gazetteer().place(p->place).population > 250000);
  }
}

TEST_CASE("gazetteer cities500: Primorskiy Krai and Primorsky Krai") {
  for (const char* name : {"Primorsky Krai", "Primorskiy Krai", "Primorye"}) {
    CAPTURE(name);
    const auto p = find(gazetteer().candidates(name), 0, "Primorsky Krai", "RU");
    REQUIRE(p);
    CHECK(storymap::place_type(gazetteer().place(p->place)) == "region");
  }
  CHECK(gazetteer().lookup("primorsky").longer_keys);
}

TEST_CASE("gazetteer cities500: GeoNames' Gj for Đ") {
  // Đakovo (HR), ASCII name GJakovo.
  for (const char* name : {"Đakovo", "Dakovo", "GJakovo", "Gjakovo", "Djakovo"}) {
    CAPTURE(name);
    CHECK(find(gazetteer().candidates(name), 3202220));
  }
  // Vođinci (HR) has no Gj spelling of its own: the skeleton reads Gj as D.
  const auto p = find(gazetteer().candidates("Vogjinci"), 3187482);
  REQUIRE(p);
  CHECK((p->flags & storymap::kVariantName));
  CHECK(find(gazetteer().candidates("Ivanovci Gjakovacki"), 12500980));
  CHECK(find(gazetteer().candidates("Ivanovci Đakovački"), 12500980));
}

TEST_CASE("gazetteer cities500: country aliases and demonyms") {
  const Gazetteer& g = gazetteer();
  const auto dprk = find(g.candidates("DPRK"), 0, "North Korea", "KP");
  REQUIRE(dprk);
  CHECK((dprk->flags & storymap::kAbbreviation));
  const auto us = find(g.candidates("U.S."), 0, "", "US");
  REQUIRE(us);
  CHECK((us->flags & storymap::kAbbreviation));
  CHECK(storymap::place_type(g.place(us->place)) == "country");
  CHECK(find(g.candidates("Britain"), 0, "", "GB"));
  const auto nk = find(g.candidates("North Korean"), 0, "North Korea", "KP");
  REQUIRE(nk);
  CHECK((nk->flags & storymap::kDemonym));
  CHECK(g.lookup("north").longer_keys);
}

TEST_CASE("gazetteer cities500: accents, apostrophes and abbreviations") {
  const Gazetteer& g = gazetteer();
  CHECK(find(g.candidates("Kraków"), 3094802));
  CHECK(find(g.candidates("Krakow"), 3094802));
  CHECK(find(g.candidates("Zürich"), 2657896));
  CHECK(find(g.candidates("Xi'an"), 1790630));
  CHECK(find(g.candidates("Xian"), 1790630));
  CHECK(find(g.candidates("St. Petersburg"), 498817));
  CHECK(find(g.candidates("Saint Petersburg"), 498817));
  CHECK(find(g.candidates("Stratford-upon-Avon"), 2636713));
  CHECK(find(g.candidates("Vladivostok"), 2013348));
  CHECK(find(g.candidates("Pyongyang"), 1871859));
  CHECK(g.candidates("Москва").empty());
}

TEST_CASE("gazetteer cities500: the engine's word lists are inside") {
  CHECK(gazetteer().resource("lexicon/common_words.txt").find("\nfriendship\n") != std::string_view::npos);
  CHECK(!gazetteer().resource("lexicon/given_names.txt").empty());
}
