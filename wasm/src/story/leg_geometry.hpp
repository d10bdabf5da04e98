// The line a leg is drawn along: a corridor the project knows when both ends lie on one and
// the mode fits it, else a great-circle arc, densified. Longitudes are unwrapped (a point may
// lie beyond ±180) so that Leaflet draws a line crossing the antimeridian the short way.
#pragma once
#include <string>
#include <utility>
#include <vector>

#include "gazetteer/gazetteer.hpp"
#include "story/corridors.hpp"

namespace storymap {

using LonLat = std::pair<double, double>;

// Points every ~kArcStepKm along the shorter great circle from a to b, both ends included.
std::vector<LonLat> great_circle(double lat1, double lon1, double lat2, double lon2);

// Shifts each longitude by a multiple of 360 so no step between neighbours exceeds 180.
void unwrap_longitudes(std::vector<LonLat>& path);

// The path of a leg from `from` to `to` travelled by `mode` ("" when unknown).
std::vector<LonLat> leg_path(const Place& from, const Place& to, const std::string& mode,
                             const std::vector<Corridor>& corridors, const Gazetteer& g);

}  // namespace storymap
