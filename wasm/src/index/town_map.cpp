#include "index/town_map.hpp"

#include "resolver/geo.hpp"

namespace storymap {

void TownMap::add(const SourcePlace& p) {
  if (!p.country.empty() && !p.feature.empty() && p.feature[0] == 'P') towns_[p.country].emplace_back(p.lat, p.lon);
}

bool TownMap::near_own_towns(const SourcePlace& p, double max_km) const {
  auto it = towns_.find(p.country);
  if (it == towns_.end() || it->second.empty()) return true;
  for (const auto& [lat, lon] : it->second)
    if (approx_distance_km(p.lat, p.lon, lat, lon) <= max_km) return true;
  return false;
}

}  // namespace storymap
