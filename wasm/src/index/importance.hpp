// The prior that a bare mention of a name means this place, before any context.
#pragma once
#include "index/source_place.hpp"

namespace storymap {

// In [0,1]: countries and capitals first, then first-level regions, then by population.
float importance(const SourcePlace& p);

}  // namespace storymap
