#include "story/leg_geometry.hpp"

#include <algorithm>
#include <cmath>

#include "resolver/geo.hpp"
#include "story/place_levels.hpp"

namespace storymap {
namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kRad = kPi / 180.0;
// Spacing of the points of a great-circle arc.
constexpr double kArcStepKm = 100;
// A place this close to a corridor's station lies on the corridor.
constexpr double kOnCorridorKm = 25;
// An end this close to the station it joins is not drawn as a point of its own.
constexpr double kSamePointKm = 1;

bool mode_fits(const std::string& leg, const std::string& corridor) {
  if (leg.empty()) return true;  // unknown mode: a land corridor is the likelier way
  return leg == corridor;
}

// Index of the station nearest `p`, and its distance.
size_t nearest_station(const Corridor& c, const Place& p, const Gazetteer& g, double& km) {
  size_t best = 0;
  km = -1;
  for (size_t i = 0; i < c.stations.size(); ++i) {
    const Place s = g.place(c.stations[i]);
    const double d = distance_km(p.lat, p.lon, s.lat, s.lon);
    if (km < 0 || d < km) {
      km = d;
      best = i;
    }
  }
  return best;
}

}  // namespace

std::vector<LonLat> great_circle(double lat1, double lon1, double lat2, double lon2) {
  const double km = distance_km(lat1, lon1, lat2, lon2);
  const int steps = std::max(1, int(std::ceil(km / kArcStepKm)));
  const double p1 = lat1 * kRad, l1 = lon1 * kRad, p2 = lat2 * kRad, l2 = lon2 * kRad;
  const double x1 = std::cos(p1) * std::cos(l1), y1 = std::cos(p1) * std::sin(l1), z1 = std::sin(p1);
  const double x2 = std::cos(p2) * std::cos(l2), y2 = std::cos(p2) * std::sin(l2), z2 = std::sin(p2);
  const double omega = std::acos(std::clamp(x1 * x2 + y1 * y2 + z1 * z2, -1.0, 1.0));
  std::vector<LonLat> out;
  out.emplace_back(lon1, lat1);
  for (int i = 1; i < steps; ++i) {
    const double t = double(i) / steps;
    double a = 1 - t, b = t;
    if (omega > 1e-9) {
      a = std::sin((1 - t) * omega) / std::sin(omega);
      b = std::sin(t * omega) / std::sin(omega);
    }
    const double x = a * x1 + b * x2, y = a * y1 + b * y2, z = a * z1 + b * z2;
    out.emplace_back(std::atan2(y, x) / kRad, std::atan2(z, std::sqrt(x * x + y * y)) / kRad);
  }
  out.emplace_back(lon2, lat2);
  return out;
}

void unwrap_longitudes(std::vector<LonLat>& path) {
  for (size_t i = 1; i < path.size(); ++i) {
    double& lon = path[i].first;
    const double prev = path[i - 1].first;
    while (lon - prev > 180) lon -= 360;
    while (lon - prev < -180) lon += 360;
  }
}

namespace {

// The stations of c from index i to index j, in travel order.
void append_stations(const Corridor& c, size_t i, size_t j, const Gazetteer& g, std::vector<LonLat>& path) {
  const int step = i < j ? 1 : -1;
  for (size_t k = i;; k += size_t(step)) {
    const Place s = g.place(c.stations[k]);
    if (path.empty() || distance_km(path.back().second, path.back().first, s.lat, s.lon) >= kSamePointKm)
      path.emplace_back(s.lon, s.lat);
    if (k == j) break;
  }
}

void append_point(const Place& p, std::vector<LonLat>& path) {
  if (path.empty() || distance_km(path.back().second, path.back().first, p.lat, p.lon) >= kSamePointKm)
    path.emplace_back(p.lon, p.lat);
}

// Great-circle points from the last point of path to p.
void append_arc(const Place& p, std::vector<LonLat>& path) {
  const std::vector<LonLat> arc = great_circle(path.back().second, path.back().first, p.lat, p.lon);
  path.insert(path.end(), arc.begin() + 1, arc.end());
}

}  // namespace

std::vector<LonLat> leg_path(const Place& from, const Place& to, const std::string& mode,
                             const std::vector<Corridor>& corridors, const Gazetteer& g) {
  std::vector<LonLat> path;
  if (mode != "plane" && mode != "ship") {
    // Both ends on one corridor: along it. One end on it and the other a country or region
    // beyond its terminus ("by train from Vladivostok to North Korea"): along it to the
    // terminus, then on.
    const Corridor* best = nullptr;
    size_t bi = 0, bj = 0;
    double best_km = 0;
    bool partial = false;
    for (const Corridor& c : corridors) {
      if (!mode_fits(mode, c.mode)) continue;
      double di = 0, dj = 0;
      size_t i = nearest_station(c, from, g, di);
      size_t j = nearest_station(c, to, g, dj);
      bool part = false;
      if (di > kOnCorridorKm || dj > kOnCorridorKm) {
        const bool from_on = di <= kOnCorridorKm, to_on = dj <= kOnCorridorKm;
        const Place& off = from_on ? to : from;
        if (from_on == to_on || place_level(off) > PlaceLevel::Region) continue;
        // The terminus nearer the far end, if it brings the line closer to it.
        const size_t near_end = from_on ? i : j;
        const Place first = g.place(c.stations.front()), last = g.place(c.stations.back());
        const double df = distance_km(first.lat, first.lon, off.lat, off.lon);
        const double dl = distance_km(last.lat, last.lon, off.lat, off.lon);
        const size_t terminus = df <= dl ? 0 : c.stations.size() - 1;
        const Place here = g.place(c.stations[near_end]);
        if (std::min(df, dl) >= distance_km(here.lat, here.lon, off.lat, off.lon)) continue;
        (from_on ? j : i) = terminus;
        (from_on ? dj : di) = 0;
        part = true;
      }
      if (i == j) continue;
      if (!best || di + dj < best_km) {
        best = &c;
        bi = i;
        bj = j;
        best_km = di + dj;
        partial = part;
      }
    }
    if (best) {
      const bool from_on = !partial || distance_km(from.lat, from.lon, g.place(best->stations[bi]).lat,
                                                   g.place(best->stations[bi]).lon) <= kOnCorridorKm;
      if (from_on) append_point(from, path);
      else path.emplace_back(from.lon, from.lat);
      if (!from_on) append_arc(g.place(best->stations[bi]), path);
      append_stations(*best, bi, bj, g, path);
      const Place end = g.place(best->stations[bj]);
      if (partial && distance_km(end.lat, end.lon, to.lat, to.lon) > kOnCorridorKm) append_arc(to, path);
      else append_point(to, path);
      if (path.size() < 2) path.emplace_back(to.lon, to.lat);
    }
  }
  if (path.empty()) path = great_circle(from.lat, from.lon, to.lat, to.lon);
  unwrap_longitudes(path);
  return path;
}

}  // namespace storymap
