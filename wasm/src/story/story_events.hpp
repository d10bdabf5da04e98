// Journeys and meetings of a story, put together from all its articles: credits each
// article's source when it has no Source: header, finds the people, reads every sentence for
// travel and meeting language, merges what the articles say into trips (legs) and events.
#pragma once
#include <vector>

#include "gazetteer/gazetteer.hpp"
#include "story/corridors.hpp"
#include "story/event_lexicons.hpp"
#include "story/story.hpp"

namespace storymap {

// Fills Article::source (when empty), Story::legs and Story::events; sets events_added.
// Needs the story's places resolved (Story::mentions) and its articles dated.
// lex and corridors are read once per engine (EventLexicons::from, load_corridors).
void add_events(Story& story, const Gazetteer& g, const EventLexicons& lex, const std::vector<Corridor>& corridors);

}  // namespace storymap
