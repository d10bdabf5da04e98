// A resolved place name in one article of the story.
#pragma once
#include <cstddef>
#include <cstdint>

namespace storymap {

struct PlaceMention {
  size_t article = 0;      // index into the story's articles
  size_t start = 0, end = 0;  // byte offsets into that article's text
  size_t sentence = 0;     // index into that article's sentences
  uint32_t place = 0;      // gazetteer index
  bool demonym = false;    // "Russian": the country as people or adjective, not a place on the map
};

}  // namespace storymap
