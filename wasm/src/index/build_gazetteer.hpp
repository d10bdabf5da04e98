// Builds the gazetteer file from the source texts (already read by the caller).
#pragma once
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace storymap {

struct GazetteerInputs {
  std::vector<std::string> geonames;  // GeoNames dumps
  std::string countries;              // world-countries countries.json
  std::string regions;                // country-state-city state.json
  std::vector<std::string> postal;    // GeoNames postal-code dumps, for second-level regions
  std::string curated_places;         // data/curated/places.tsv
  std::string curated_aliases;        // data/curated/aliases.tsv
  std::vector<std::pair<std::string, std::string>> resources;  // name -> text (lexicons, corridors)
};

struct GazetteerReport {
  size_t places = 0;
  size_t skipped_lines = 0;
  size_t misplaced_regions = 0;       // regions whose source puts them in another country
  std::vector<std::string> warnings;  // aliases whose target is missing, ...
};

std::vector<uint8_t> build_gazetteer(const GazetteerInputs& in, GazetteerReport& report);

}  // namespace storymap
