// Reads countries from the world-countries package (countries.json): names, official names,
// alternate spellings and codes, English demonyms, centroid.
#pragma once
#include <functional>
#include <string_view>

#include "index/source_place.hpp"

namespace storymap {

// Throws std::runtime_error when the text is not the expected JSON.
void read_countries(std::string_view json, const std::function<void(SourcePlace&&)>& sink);

}  // namespace storymap
