// Where each country's towns are (the GeoNames populated places), to check the points other
// sources give: country-state-city places a few regions at a namesake abroad (Norfolk, England,
// in Virginia; Helmand in Baltimore), and a region's point must lie near its own country's towns.
#pragma once
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "index/source_place.hpp"

namespace storymap {

class TownMap {
 public:
  // Remembers p if it is a populated place (feature class P) with a country.
  void add(const SourcePlace& p);

  // Whether p lies within max_km of a town of its own country; true when that country has none
  // to judge by.
  bool near_own_towns(const SourcePlace& p, double max_km) const;

 private:
  std::map<std::string, std::vector<std::pair<double, double>>> towns_;  // country -> (lat, lon)
};

}  // namespace storymap
