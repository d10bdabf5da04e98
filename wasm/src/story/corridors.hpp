// Rail and road corridors (data/corridors/*.tsv, packed into the gazetteer): each a sequence of
// station or town names that the gazetteer places, so a leg between two of them is drawn along
// the line rather than straight across a bay.
//
// corridors/index.tsv lists the corridor files with their mode ("file<TAB>train"); each file
// holds one "name<TAB>country" line per station, in order along the line.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "gazetteer/gazetteer.hpp"

namespace storymap {

struct Corridor {
  std::string name;   // the file name
  std::string mode;   // train or car
  std::vector<uint32_t> stations;  // gazetteer indexes, in order along the line
};

// The corridors the gazetteer holds. A station the gazetteer cannot place is left out; of
// same-named places in the country the one nearest the previous station is taken.
std::vector<Corridor> load_corridors(const Gazetteer& g);

}  // namespace storymap
