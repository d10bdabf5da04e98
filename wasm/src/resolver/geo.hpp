// Distances on the sphere.
#pragma once

namespace storymap {

constexpr double kEarthRadiusKm = 6371.0;

// Great-circle distance in kilometres between two points given in degrees.
double distance_km(double lat1, double lon1, double lat2, double lon2);

}  // namespace storymap
