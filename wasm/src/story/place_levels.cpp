#include "story/place_levels.hpp"

#include "resolver/geo.hpp"

namespace storymap {
namespace {

// A region within a country reaches this far from its centre point.
constexpr double kRegionReachKm = 1500;
// A first-level region (a state, a county) whose code does not settle it: its sources code
// regions differently, and a county may be small.
constexpr double kAdminReachKm = 100;
// A region spanning countries (Southeast Asia, the Balkans).
constexpr double kWideReachKm = 3000;

}  // namespace

PlaceLevel place_level(const Place& p) {
  const std::string_view c = p.feature_code;
  switch (p.feature_class) {
    case 'A':
      if (c.substr(0, 3) == "PCL" || c == "TERR") return PlaceLevel::Country;
      return PlaceLevel::Region;
    case 'L':
      if (c == "CONT") return PlaceLevel::Wide;
      if (c == "RGN" || c == "PEN" || c == "AREA") return p.country.empty() ? PlaceLevel::Wide : PlaceLevel::Region;
      return PlaceLevel::Local;
    case 'H':
      return c == "OCN" || c == "SEA" || c == "GULF" || c == "BAY" ? PlaceLevel::Wide : PlaceLevel::Local;
    case 'T':
      return c == "MTS" || c == "ISLS" || c == "DSRT" ? PlaceLevel::Region : PlaceLevel::Local;
    default:
      return PlaceLevel::Local;
  }
}

bool contains(const Place& outer, const Place& inner) {
  const PlaceLevel lo = place_level(outer), li = place_level(inner);
  if (outer.index == inner.index || lo >= li) return false;
  const double d = distance_km(outer.lat, outer.lon, inner.lat, inner.lon);
  switch (lo) {
    case PlaceLevel::Country:
      return !outer.country.empty() && outer.country == inner.country;
    case PlaceLevel::Region:
      if (outer.country != inner.country) return false;
      // Region codes come from different sources; a shared code settles it, nearness otherwise.
      if (outer.feature_class == 'A' && !outer.admin1.empty() && outer.admin1 == inner.admin1) return true;
      return d <= (outer.feature_class == 'A' ? kAdminReachKm : kRegionReachKm);
    case PlaceLevel::Wide:
      return d <= kWideReachKm;
    case PlaceLevel::Local:
      return false;
  }
  return false;
}

bool same_or_within(const Place& a, const Place& b) {
  return a.index == b.index || contains(a, b) || contains(b, a);
}

}  // namespace storymap
