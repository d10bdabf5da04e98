// Reads first-level regions (states, provinces, krais) from the country-state-city package
// (lib/assets/state.json).
#pragma once
#include <functional>
#include <string_view>

#include "index/source_place.hpp"

namespace storymap {

void read_regions(std::string_view json, const std::function<void(SourcePlace&&)>& sink);

}  // namespace storymap
