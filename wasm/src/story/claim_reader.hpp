// Reads every sentence of a story for travel and meeting claims, keeping track of who the
// sentences are about (what "he" and "the ship" refer back to).
#pragma once
#include <vector>

#include "gazetteer/gazetteer.hpp"
#include "story/event_claims.hpp"
#include "story/event_lexicons.hpp"
#include "story/person_names.hpp"
#include "story/story.hpp"

namespace storymap {

struct Claims {
  std::vector<TravelClaim> travel;
  std::vector<MeetingClaim> meetings;
};

// Claims in article order, then sentence order. Travel said to be for a meeting ("flew out
// of the country to meet Trump in Singapore last June") goes where and when the meeting was;
// a meeting with no date of its own at a place the sentence's travel reached on a date took
// place then.
Claims read_claims(const Story& story, const People& people, const Gazetteer& g, const EventLexicons& lex);

}  // namespace storymap
