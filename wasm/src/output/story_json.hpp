// Writes a story as the story JSON of the README: a GeoJSON FeatureCollection with a `story` member.
#pragma once
#include <nlohmann/json.hpp>

#include "gazetteer/gazetteer.hpp"
#include "story/story.hpp"

namespace storymap {

nlohmann::ordered_json story_json(const Story& story, const Gazetteer& g);

// The feature id of a place: stable across runs and gazetteer rebuilds ("gn-2013348" for
// GeoNames places, "place-ru-khasan-station" style slugs for the others).
std::string place_id(const Place& p);

// Quotes per article: a popup of excerpts stays readable, and the story JSON grows with the
// story's places and articles, not with the length of its texts (a 60 MB article mentions a
// place a hundred thousand times). The counts (mention_count, evidence_count) cover them all.
constexpr size_t kMaxMentionsQuoted = 50;   // of a place, from one article
constexpr size_t kMaxEvidenceQuoted = 10;   // of a leg or an event, from one article

// Coordinates as written: 5 decimals (about a metre), the same in every build.
double round_coordinate(double deg);

}  // namespace storymap
