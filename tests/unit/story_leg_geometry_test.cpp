#include <doctest/doctest.h>

#include <cmath>

#include "resolver/geo.hpp"
#include "story/date_range.hpp"
#include "story/leg_geometry.hpp"

using storymap::Date;
using storymap::great_circle;
using storymap::LonLat;

TEST_CASE("story leg geometry: a great circle keeps its ends and is densified") {
  // Pyongyang to Singapore, about 4,800 km: a point every 100 km or so.
  const auto arc = great_circle(39.03385, 125.75432, 1.28967, 103.85007);
  REQUIRE(arc.size() >= 40);
  CHECK(arc.front().first == doctest::Approx(125.75432));
  CHECK(arc.front().second == doctest::Approx(39.03385));
  CHECK(arc.back().first == doctest::Approx(103.85007));
  CHECK(arc.back().second == doctest::Approx(1.28967));
  for (size_t i = 1; i < arc.size(); ++i)
    CHECK(storymap::distance_km(arc[i - 1].second, arc[i - 1].first, arc[i].second, arc[i].first) < 110);
}

TEST_CASE("story leg geometry: a leg over the antimeridian is drawn the short way") {
  // Suva (178.4E) to Apia (171.8W): about 1,150 km east across the date line, not 38,000 km west.
  auto path = great_circle(-18.1368, 178.425, -13.8333, -171.767);
  storymap::unwrap_longitudes(path);
  for (size_t i = 1; i < path.size(); ++i) CHECK(std::fabs(path[i].first - path[i - 1].first) < 10);
  CHECK(path.back().first == doctest::Approx(-171.767 + 360));
  CHECK(path.size() < 20);
  // And back west again.
  std::vector<LonLat> back = {{-171.767, -13.8333}, {178.425, -18.1368}};
  storymap::unwrap_longitudes(back);
  CHECK(back.back().first == doctest::Approx(178.425 - 360));
}

TEST_CASE("story leg geometry: a great circle between identical points") {
  const auto arc = great_circle(43.1, 131.9, 43.1, 131.9);
  REQUIRE(arc.size() == 2);
  CHECK(arc[0] == arc[1]);
}

TEST_CASE("story date ranges: dates of any precision") {
  const Date feb{2019, 2, 0}, mar{2019, 3, 0}, day{2019, 2, 27}, year{2019, 0, 0};
  CHECK(storymap::overlaps(feb, day));
  CHECK(storymap::overlaps(year, day));
  CHECK_FALSE(storymap::overlaps(feb, mar));
  CHECK(storymap::strictly_before(feb, mar));
  CHECK(storymap::gap_days(feb, mar) == 1);
  CHECK(storymap::last_day(feb) == Date{2019, 2, 28});
  CHECK(storymap::more_precise(feb, day) == day);
  CHECK_FALSE(storymap::overlaps(Date{}, day));
}
