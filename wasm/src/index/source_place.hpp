// A place as the gazetteer builder receives it from any source, before it is packed.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace storymap {

struct SourceName {
  std::string text;
  uint8_t flags = 0;  // NameFlag bits
};

struct SourcePlace {
  uint32_t geonameid = 0;
  std::string name;               // display name
  std::vector<SourceName> names;  // every name it may be written as, display name included
  double lat = 0, lon = 0;
  uint32_t population = 0;
  std::string feature;            // "P.PPLC" style class.code
  std::string country;            // ISO alpha-2 or empty
  std::string admin1;             // first-level region code or empty
  int importance_boost = 0;       // curated data may raise a place's prior, in 1/255 units
};

}  // namespace storymap
