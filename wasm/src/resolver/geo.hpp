// Distances on the sphere.
#pragma once

namespace storymap {

constexpr double kEarthRadiusKm = 6371.0;

// Great-circle distance in kilometres between two points given in degrees.
double distance_km(double lat1, double lon1, double lat2, double lon2);

// A cheap equirectangular estimate, good to a few percent within a thousand kilometres and
// never below the true distance's order beyond: for weighing nearness, not for reporting.
double approx_distance_km(double lat1, double lon1, double lat2, double lon2);

}  // namespace storymap
