#include "gazetteer/place.hpp"

namespace storymap {

std::string_view place_type(const Place& p) {
  const std::string_view c = p.feature_code;
  switch (p.feature_class) {
    case 'P':
      return p.population >= 100000 || c == "PPLC" ? "city" : "town";
    case 'A':
      if (c.substr(0, 3) == "PCL" || c == "TERR") return "country";
      if (c == "ADM1" || c == "ADM2" || c == "ADM3" || c == "ADMD") return "region";
      return "region";
    case 'L':
      if (c == "CONT") return "continent";
      return c == "RGN" || c == "PEN" || c == "AREA" ? "region" : "landmark";
    case 'H':
      return "water";
    case 'T':
      return c == "ISL" || c == "ISLS" ? "island" : "landform";
    case 'S':
    case 'R':
    case 'V':
    case 'U':
      return "landmark";
    default:
      return "place";
  }
}

}  // namespace storymap
