// Reads a GeoNames dump (cities500.txt, cities15000.txt or the full allCountries.txt: one
// tab-separated line per place, 19 columns) into source places.
#pragma once
#include <functional>
#include <string_view>

#include "index/source_place.hpp"

namespace storymap {

// Calls sink for every well-formed line; returns the number of lines skipped as malformed.
// Keeps the main, ASCII and every Latin-script alternate name.
size_t read_geonames(std::string_view dump, const std::function<void(SourcePlace&&)>& sink);

}  // namespace storymap
