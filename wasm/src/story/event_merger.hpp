// One event per real meeting, whatever number of articles and sentences report it: claims
// with the same people, compatible places (Vietnam ~ Hanoi) and compatible or conflicting
// dates become one event crediting every sentence, with the sources' disagreements kept.
//
// The date of an event, when its sources disagree: each article votes once for each date it
// gives, and a vote counts double when the article gives the date in the same sentence as the
// event's exact place ("In February, Kim's second summit with Trump in Hanoi ..."): a source
// that names the precise place is taken to know the event better than one that names only the
// country or no place. Ties go to the more precise date, then to the date said first.
#pragma once
#include <vector>

#include "gazetteer/gazetteer.hpp"
#include "story/event_claims.hpp"
#include "story/person_names.hpp"
#include "story/story.hpp"

namespace storymap {

struct MergedEvents {
  std::vector<Event> events;      // by date (unknown last), then place
  std::vector<int> claim_event;   // per claim: index into events, -1 when it joined none
};

// Claims with two participants or more become events; a claim without a place joins the one
// event it fits, and is dropped when it fits none or several.
MergedEvents merge_meetings(const std::vector<MeetingClaim>& claims, const People& people, const Gazetteer& g,
                            const Story& story);

}  // namespace storymap
