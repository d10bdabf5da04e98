// The prior that a bare mention of a name means this place, before any context.
#pragma once
#include <string_view>

#include "index/source_place.hpp"

namespace storymap {

// The part of the prior that comes from the kind of place ("A.PCLI", "P.PPLC", ...): countries
// and capitals first, then first-level regions, then seats of government. Stored per feature
// in the gazetteer; the reader adds population and curated boost (gazetteer_format::importance_of).
float importance_base(std::string_view feature);

// In [0,1]: the base, plus log10(population)/16, plus the curated boost (unquantised).
float importance(const SourcePlace& p);

}  // namespace storymap
