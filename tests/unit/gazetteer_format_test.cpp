// The gazetteer file: gazetteers built in memory from a few SourcePlace records round-trip every
// field, lookups see every name, and damaged files are refused saying what is wrong.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <set>
#include <string>
#include <vector>

#include "gazetteer/format.hpp"
#include "gazetteer/gazetteer.hpp"
#include "index/gazetteer_builder.hpp"
#include "index/importance.hpp"
#include "text/fold.hpp"

namespace fmt = storymap::gazetteer_format;
using storymap::Gazetteer;
using storymap::GazetteerBuilder;
using storymap::GazetteerError;
using storymap::Place;
using storymap::Posting;
using storymap::SourcePlace;

namespace {

SourcePlace place(uint32_t id, const std::string& name, double lat, double lon, uint32_t population,
                  const std::string& feature, const std::string& country, const std::string& admin1,
                  std::vector<std::pair<std::string, uint8_t>> alternates = {}) {
  SourcePlace p;
  p.geonameid = id;
  p.name = name;
  p.lat = lat;
  p.lon = lon;
  p.population = population;
  p.feature = feature;
  p.country = country;
  p.admin1 = admin1;
  p.names.push_back({name, storymap::kPrimaryName});
  for (auto& [text, flags] : alternates) p.names.push_back({text, flags});
  return p;
}

std::vector<SourcePlace> sample() {
  using storymap::kAbbreviation;
  using storymap::kAlternateName;
  using storymap::kCuratedName;
  using storymap::kDemonym;
  using storymap::kPrimaryName;
  return {
      place(2022586, "Khasan", 42.42387, 130.65156, 776, "P.PPL", "RU", "59"),
      place(515012, "Orël", 52.96508, 36.07849, 303696, "P.PPLA", "RU", "56", {{"Oryol", kAlternateName}, {"Orel", kPrimaryName}}),
      place(3202220, "Đakovo", 45.30833, 18.41056, 19508, "P.PPL", "HR", "10", {{"GJakovo", kPrimaryName}, {"Dakovo", kAlternateName}}),
      place(2643743, "London", 51.50853, -0.12574, 8961989, "P.PPLC", "GB", "ENG", {{"Londres", kAlternateName}, {"Londra", kAlternateName}}),
      place(6058560, "London", 42.98339, -81.23304, 346765, "P.PPL", "CA", "08"),
      place(3448439, "São Paulo", -23.5475, -46.63611, 10021295, "P.PPLA", "BR", "27", {{"Sao Paulo", kPrimaryName}}),
      place(0, "North Korea", 40, 127, 0, "A.PCLI", "KP", "", {{"DPRK", uint8_t(kAbbreviation | kCuratedName)}, {"North Korean", uint8_t(kDemonym | kCuratedName)}}),
      place(0, "Primorsky Krai", 45.0526, 135, 0, "A.ADM1", "RU", "PRI"),
      place(99999999, "Edge", -90, -180, 99999, "P.PPL", "", ""),
      place(12345, "Edge", 90, 180, 100000, "P.PPL", "AQ", ""),
  };
}

std::vector<uint8_t> build(const std::vector<SourcePlace>& places, bool resources = true) {
  GazetteerBuilder b;
  for (const SourcePlace& p : places) b.add(p);
  if (resources) {
    b.add_resource("lexicon/plain.txt", "# a short list\nalpha\nbeta\n");
    std::string sorted;
    for (int i = 0; i < 2000; ++i) sorted += "word" + std::to_string(100000 + i * 7) + "\n";
    b.add_resource("lexicon/sorted.txt", sorted);
  }
  return b.build();
}

bool has(const std::vector<Posting>& ps, const Gazetteer& g, uint32_t geonameid, const std::string& name = "") {
  return std::any_of(ps.begin(), ps.end(), [&](const Posting& p) {
    const Place pl = g.place(p.place);
    return pl.geonameid == geonameid && (name.empty() || pl.name == name);
  });
}

uint8_t flags_of(const std::vector<Posting>& ps, const Gazetteer& g, const std::string& name) {
  for (const Posting& p : ps)
    if (g.place(p.place).name == name) return p.flags;
  return 0;
}

std::string refusal(std::vector<uint8_t> bytes) {
  try {
    Gazetteer g(std::move(bytes));
  } catch (const GazetteerError& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("gazetteer format: a built gazetteer round-trips every field") {
  const std::vector<SourcePlace> src = sample();
  const Gazetteer g(build(src));
  REQUIRE(g.size() == src.size());
  for (uint32_t i = 0; i < g.size(); ++i) {
    CAPTURE(src[i].name);
    const Place p = g.place(i);
    CHECK(p.index == i);
    CHECK(p.geonameid == src[i].geonameid);
    CHECK(p.name == src[i].name);
    CHECK(std::abs(p.lat - src[i].lat) <= 0.5e-4 + 1e-9);  // 1e-4 degree units
    CHECK(std::abs(p.lon - src[i].lon) <= 0.5e-4 + 1e-9);
    if (src[i].population < 100) CHECK(p.population == src[i].population);
    CHECK(std::abs(double(p.population) - src[i].population) <= 0.02 * src[i].population);
    CHECK((p.population >= 100000) == (src[i].population >= 100000));  // city or town stays so
    CHECK(std::string(1, p.feature_class) + "." + std::string(p.feature_code) == src[i].feature);
    CHECK(p.country == src[i].country);
    CHECK(p.admin1 == (src[i].admin1.empty() ? "" : src[i].country + "." + src[i].admin1));
    CHECK(p.importance == doctest::Approx(fmt::importance_of(storymap::importance_base(src[i].feature), p.population, 0)));
    CHECK(std::abs(p.importance - storymap::importance(src[i])) <= 1.0 / 255 + 1e-6);
  }
  CHECK(storymap::place_type(g.place(3)) == "city");
  CHECK(storymap::place_type(g.place(0)) == "town");
  CHECK(storymap::place_type(g.place(6)) == "country");
  CHECK(g.place(g.size()).name.empty());  // out of range: an empty place
  CHECK(g.byte_size() > 0);
}

TEST_CASE("gazetteer format: every name leads to its place, with its flags") {
  const Gazetteer g(build(sample()));
  using namespace storymap;
  CHECK(has(g.lookup("khasan").postings, g, 2022586));
  CHECK(flags_of(g.lookup("khasan").postings, g, "Khasan") == kPrimaryName);
  CHECK(has(g.lookup("oryol").postings, g, 515012));
  CHECK(flags_of(g.lookup("oryol").postings, g, "Orël") == kAlternateName);
  CHECK(has(g.lookup("orel").postings, g, 515012));
  CHECK(has(g.lookup("gjakovo").postings, g, 3202220));
  CHECK(has(g.lookup("dakovo").postings, g, 3202220));
  CHECK(has(g.lookup("londres").postings, g, 2643743));
  CHECK(g.lookup("london").postings.size() == 2);
  CHECK(has(g.lookup("sao paulo").postings, g, 3448439));
  CHECK(flags_of(g.lookup("dprk").postings, g, "North Korea") == (kAbbreviation | kCuratedName));
  CHECK(flags_of(g.lookup("north korean").postings, g, "North Korea") == (kDemonym | kCuratedName));
  CHECK(g.lookup("edge").postings.size() == 2);
  CHECK(g.lookup("paris").postings.empty());
  CHECK(g.lookup("").postings.empty());
  CHECK(g.lookup(std::string(300, 'a')).postings.empty());

  // longer_keys: some key goes on from this one with a space.
  CHECK(g.lookup("north").longer_keys);
  CHECK(g.lookup("north").postings.empty());
  CHECK_FALSE(g.lookup("north korea").longer_keys);  // north korean goes on, but not with a space
  CHECK_FALSE(g.lookup("north korean").longer_keys);
  CHECK_FALSE(g.lookup("london").longer_keys);
  CHECK(g.lookup("sao").longer_keys);
  CHECK(g.lookup("primorsky").longer_keys);
}

TEST_CASE("gazetteer format: transliteration variants of main names") {
  const Gazetteer g(build(sample()));
  using namespace storymap;
  // Hasan is Khasan's skeleton: stored as a variant of the main name.
  const auto hasan = g.candidates("Hasan");
  REQUIRE(has(hasan, g, 2022586));
  CHECK((flags_of(hasan, g, "Khasan") & kVariantName));
  CHECK(has(g.lookup("hasan").postings, g, 2022586));
  // A direct name beats a variant: no variant bit when the name itself matches.
  CHECK(flags_of(g.candidates("Khasan"), g, "Khasan") == kPrimaryName);
  CHECK(has(g.candidates("Primorskiy Krai"), g, 0, "Primorsky Krai"));
  CHECK(has(g.candidates("Orël"), g, 515012));
  CHECK(has(g.candidates("Oryol"), g, 515012));
  CHECK(has(g.candidates("Gjakovo"), g, 3202220));
  CHECK(has(g.candidates("Đakovo"), g, 3202220));
  CHECK(g.candidates("Москва").empty());
}

TEST_CASE("gazetteer format: many places, blocks, strides, escapes and big posting lists") {
  // Enough places for many key blocks, name strides and id strides; ids that go down and jump;
  // one name shared by 300 places (a posting count past one byte); places named twice nearby.
  std::vector<SourcePlace> src;
  uint32_t id = 1000;
  for (uint32_t i = 0; i < 3000; ++i) {
    id = i % 97 == 0 ? id + 100000 : i % 89 == 0 ? id - 50 : id + 1 + i % 7;
    const std::string name = i % 10 == 0 ? "Springfield" : "Place " + std::to_string(i) + (i % 3 ? " Ville" : " Burg");
    src.push_back(place(id, name, -60 + i * 0.04, -170 + i * 0.11, i * 37, i % 5 ? "P.PPL" : "P.PPLA", i % 2 ? "US" : "FR",
                        std::to_string(i % 13), {{"Alt " + std::to_string(i), storymap::kAlternateName}}));
  }
  const Gazetteer g(build(src, false));
  REQUIRE(g.size() == src.size());
  for (uint32_t i = 0; i < g.size(); ++i) {
    const Place p = g.place(i);
    REQUIRE(p.geonameid == src[i].geonameid);
    REQUIRE(p.name == src[i].name);
    REQUIRE(std::abs(p.lat - src[i].lat) < 1e-4);
    REQUIRE(p.admin1 == src[i].country + "." + src[i].admin1);
  }
  CHECK(g.lookup("springfield").postings.size() == 300);
  for (uint32_t i = 0; i < 3000; i += 7) {
    CAPTURE(i);
    const auto alt = g.lookup("alt " + std::to_string(i)).postings;
    REQUIRE(alt.size() == 1);
    CHECK(alt[0].place == i);
    CHECK(alt[0].flags == storymap::kAlternateName);
    CHECK(has(g.lookup(storymap::fold(src[i].name)).postings, g, src[i].geonameid, src[i].name));
  }
  CHECK(g.lookup("alt").longer_keys);
  CHECK(g.lookup("place 12").longer_keys);
  CHECK(g.lookup("place 12").postings.empty());
  CHECK(g.lookup("zzz").postings.empty());
}

TEST_CASE("gazetteer format: an empty gazetteer opens and finds nothing") {
  const Gazetteer g(GazetteerBuilder().build());
  CHECK(g.size() == 0);
  CHECK(g.lookup("london").postings.empty());
  CHECK_FALSE(g.lookup("london").longer_keys);
  CHECK(g.candidates("London").empty());
  CHECK(g.place(0).name.empty());
  CHECK(g.resource("lexicon/common_words.txt").empty());
}

TEST_CASE("gazetteer format: resources come back as they went in") {
  const Gazetteer g(build(sample()));
  CHECK(g.resource("lexicon/plain.txt") == "# a short list\nalpha\nbeta\n");
  std::string sorted;
  for (int i = 0; i < 2000; ++i) sorted += "word" + std::to_string(100000 + i * 7) + "\n";
  CHECK(g.resource("lexicon/sorted.txt") == sorted);  // stored front-coded
  CHECK(g.resource("lexicon/sorted.txt").data() == g.resource("lexicon/sorted.txt").data());  // rebuilt once
  CHECK(g.resource("lexicon/absent.txt").empty());
  Gazetteer moved = Gazetteer(build(sample()));
  const Gazetteer g2 = std::move(moved);
  CHECK(g2.resource("lexicon/sorted.txt") == sorted);
}

TEST_CASE("gazetteer format: damaged files are refused, saying which way") {
  const std::vector<uint8_t> good = build(sample());
  CHECK(refusal(good) == "");

  std::vector<uint8_t> truncated(good.begin(), good.begin() + good.size() / 2);
  CHECK(refusal(truncated).find("truncated") != std::string::npos);
  CHECK(refusal(std::vector<uint8_t>(good.begin(), good.begin() + 40)).find("truncated") != std::string::npos);

  std::vector<uint8_t> padded = good;
  padded.push_back(0);
  CHECK(refusal(padded).find("padded") != std::string::npos);

  for (size_t at : {size_t(fmt::kHeaderSize + 3), good.size() / 3, good.size() / 2, good.size() - 1}) {
    std::vector<uint8_t> flipped = good;
    flipped[at] ^= 0x10;
    CHECK(refusal(flipped) == "gazetteer damaged: checksum mismatch");
  }

  std::vector<uint8_t> magic = good;
  magic[0] = 'X';
  CHECK(refusal(magic) == "not a storymap gazetteer (bad magic)");
  CHECK(refusal({}) == "not a storymap gazetteer (bad magic)");
  CHECK(refusal({'S', 'M'}) == "not a storymap gazetteer (bad magic)");

  std::vector<uint8_t> version = good;
  const uint32_t v1 = 1;
  std::memcpy(version.data() + 8, &v1, 4);
  const std::string old = refusal(version);
  CHECK(old.find("gazetteer version 1") != std::string::npos);
  CHECK(old.find("reads version " + std::to_string(fmt::kVersion)) != std::string::npos);
  CHECK(old.find("rebuild") != std::string::npos);

  std::vector<uint8_t> folding = good;
  folding[32] ^= 1;
  CHECK(refusal(folding).find("different name folding") != std::string::npos);
}

TEST_CASE("gazetteer format: population and coordinate codes") {
  for (uint32_t p : {0u, 1u, 99u, 100u, 101u, 500u, 777u, 32767u, 32768u, 99999u, 100000u, 100001u, 8961989u,
                     4294967295u}) {
    CAPTURE(p);
    const uint32_t back = fmt::decode_population(fmt::encode_population(p));
    if (p < 100) CHECK(back == p);
    // Within 1%; within 2% just under 100,000, where the code keeps a town a town.
    CHECK(std::abs(double(back) - p) <= (p < 100000 && p > 97000 ? 0.02 : 0.01) * p + 0.5);
    CHECK((back >= 100000) == (p >= 100000));
  }
  for (double lat : {-90.0, -45.12345, 0.0, 42.42387, 89.99999, 90.0}) {
    const double back = fmt::decode_degrees(fmt::encode_degrees(lat, 90), fmt::kCoordinateUnit, 90);
    CHECK(std::abs(back - lat) <= fmt::kCoordinateUnit * 0.5e-7 + 1e-12);
  }
  CHECK(fmt::decode_degrees(fmt::encode_degrees(200, 180), fmt::kCoordinateUnit, 180) == 180);  // clamped
}

TEST_CASE("gazetteer format: checksum and reference folding") {
  std::vector<uint8_t> data(1000);
  for (size_t i = 0; i < data.size(); ++i) data[i] = uint8_t(i * 31 + 7);
  const uint64_t sum = fmt::checksum64(data.data(), data.size());
  std::set<uint64_t> sums{sum};
  for (size_t at : {0, 1, 31, 32, 500, 999}) {
    data[at] ^= 1;
    sums.insert(fmt::checksum64(data.data(), data.size()));
    data[at] ^= 1;
  }
  CHECK(sums.size() == 7);  // every one-bit change shows
  CHECK(fmt::checksum64(data.data(), data.size()) == sum);
  for (size_t n : {0, 1, 7, 8, 31, 33, 64}) sums.insert(fmt::checksum64(data.data(), n));
  CHECK(sums.size() == 14);

  // Reference keys are fold()ed names compared by ref_compare. fold() has an ASCII fast path:
  // a no-break space after the name (a separator) sends the same letters down the general path.
  for (const char* name : {"", " ", "St. Petersburg", "st st st", "Ste-Foy", "Mt. Hood", "Ft Worth", "O'Neill",
                           "Xi'an", "a  b", "'s-Hertogenbosch", "Kraków", "Gjakovë", "1st Street", "ST", "x.y.z",
                           "Stratford-upon-Avon", "Москва"}) {
    CAPTURE(name);
    const std::string folded = storymap::fold(name);
    CHECK(storymap::fold(std::string(name) + "\xC2\xA0") == folded);
    for (const std::string q : {folded, folded + "a", folded + " x", std::string("m"), std::string("saint"),
                                folded.empty() ? std::string("a") : folded.substr(0, folded.size() - 1)}) {
      if (q.empty()) continue;
      CAPTURE(q);
      bool extends = false;
      const int order = fmt::ref_compare(name, q, extends);
      CHECK(order == (folded < q ? -1 : folded == q ? 0 : 1));
      CHECK(extends == (folded.size() > q.size() && folded[q.size()] == ' ' && folded.compare(0, q.size(), q) == 0));
    }
  }
}
