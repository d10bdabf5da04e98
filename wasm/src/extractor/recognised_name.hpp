// A stretch of text the recogniser takes for a place name, with every place it may be.
#pragma once
#include <cstddef>
#include <vector>

#include "gazetteer/place.hpp"

namespace storymap {

struct RecognisedName {
  size_t start = 0, end = 0;        // byte offsets of the name (without a possessive 's)
  std::vector<Posting> candidates;  // gazetteer places the name may mean
  bool demonym = false;             // "North Korean": the country named as people or adjective
};

}  // namespace storymap
