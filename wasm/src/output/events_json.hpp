// Leg and event features of the story JSON (README, contract 3): legs as LineStrings along
// the path they are drawn on, events as Points at their place.
#pragma once
#include <nlohmann/json.hpp>

#include "gazetteer/gazetteer.hpp"
#include "story/story.hpp"

namespace storymap {

// Appends one feature per leg, then one per event, to `features`.
void append_event_features(const Story& story, const Gazetteer& g, nlohmann::ordered_json& features);

// The sentence of an article to quote: whole up to kMaxExcerpt bytes; of a longer one (a
// run-on "sentence" with no full stop) the part around byte `focus`, cut at spaces and marked
// with "…", so the story JSON stays proportional to its text.
constexpr size_t kMaxExcerpt = 1200;
std::string excerpt(const Article& a, size_t sentence, size_t focus);

}  // namespace storymap
