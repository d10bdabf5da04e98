// One gazetteer entry as the engine sees it: a cheap view into the loaded file.
#pragma once
#include <cstdint>
#include <string_view>

namespace storymap {

struct Place {
  uint32_t index = 0;           // position in the gazetteer, stable for one file
  uint32_t geonameid = 0;       // 0 when the place does not come from GeoNames
  double lat = 0, lon = 0;
  uint32_t population = 0;
  char feature_class = 0;       // GeoNames class: P, A, H, L, S, T, ...
  std::string_view feature_code;  // GeoNames code: PPLC, PCLI, ADM1, BDG, PEN, RGN, ...
  std::string_view country;     // ISO 3166-1 alpha-2, or empty
  std::string_view admin1;      // first-level region code within the country, or empty
  std::string_view name;        // display name
  float importance = 0;         // prior in [0,1]: how likely a bare mention means this place
};

// How a name leads to a place; several flags may be set on one posting.
enum NameFlag : uint8_t {
  kPrimaryName = 1,     // the place's main or ASCII name
  kAlternateName = 2,   // one of its alternate names
  kVariantName = 4,     // generated transliteration variant (Hasan for Khasan)
  kAbbreviation = 8,    // a code or abbreviation (DPRK, U.S., Tex.)
  kDemonym = 16,        // a demonym (North Korean): mentions the country as people or adjective
  kCuratedName = 32,    // from the project's curated data
};

struct Posting {
  uint32_t place = 0;
  uint8_t flags = 0;
};

// The map's word for a place's kind, from its feature class and code.
std::string_view place_type(const Place& p);

}  // namespace storymap
