// Reads the project's curated data (data/curated): places the other sources lack and extra
// names for places they have. Tab-separated, '#' starts a comment line.
//
//   places.tsv   name, aliases (|-separated), lat, lon, class.code, country, importance boost
//   aliases.tsv  alias, target name, target country (may be empty), kind (alternate|abbreviation|demonym)
#pragma once
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "index/source_place.hpp"

namespace storymap {

struct CuratedAlias {
  std::string alias, target, country;
  uint8_t flags = 0;
};

// Both throw std::runtime_error naming the line of a malformed row.
void read_curated_places(std::string_view tsv, const std::function<void(SourcePlace&&)>& sink);
std::vector<CuratedAlias> read_curated_aliases(std::string_view tsv);

// Splits tab-separated text into rows of fields, skipping blank and '#' lines.
std::vector<std::vector<std::string>> read_tsv(std::string_view tsv);

}  // namespace storymap
