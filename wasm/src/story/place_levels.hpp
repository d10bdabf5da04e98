// How specific a place is, and whether one place lies within another: a summit "in Vietnam"
// and one "in Hanoi" can be the same; a trip's stop "Russia" says less than "Khasan".
#pragma once
#include "gazetteer/place.hpp"

namespace storymap {

enum class PlaceLevel {
  Wide = 0,      // continents, oceans, seas, regions spanning countries
  Country = 1,
  Region = 2,    // first-level regions, regions within one country
  Local = 3,     // cities, towns, stations, bridges, landmarks
};

PlaceLevel place_level(const Place& p);

// `outer` contains `inner` (a country its towns, a region the places near it in its country).
bool contains(const Place& outer, const Place& inner);

// The same place or one within the other.
bool same_or_within(const Place& a, const Place& b);

}  // namespace storymap
