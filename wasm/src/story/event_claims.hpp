// What single sentences say about journeys and meetings, before claims from all articles
// are put together into trips (journey_builder) and events (event_merger).
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "story/person_names.hpp"
#include "time/date.hpp"

namespace storymap {

// A travel or meeting word in a sentence: tokens [token, end) and its class from the lexicon.
struct Cue {
  size_t token = 0, end = 0;
  std::string kind;
};

enum class Role { From, Via, To, At };

// "Kim left X", "arrived in Y", "stayed in Z": one traveller at one place in one role.
struct TravelClaim {
  size_t article = 0, sentence = 0, token = 0;  // where it is said: narrative order
  size_t cue = 0;              // which cue of the sentence it comes from
  size_t traveller = 0;        // index into People::persons
  Role role = Role::To;
  uint32_t place = kNoPlace;   // kNoPlace: the text leaves the place open
  bool uncertain = false;      // "an undisclosed station", "not clear where"
  bool home = false;           // "returned home": the traveller's home country
  bool is_return = false;      // goes back: ends the trip
  bool onward = false;         // "set off for Y": the traveller was somewhere before Y
  bool narrative = true;       // said in the text (false: inferred from an event)
  bool purpose = false;        // the place is that of the meeting the travel was for
  bool future = false;
  std::string mode;            // train, car, plane, ship or ""
  Date date;                   // unknown when the sentence gives none
  int time = -1;               // index of the sentence's time expression that gave the date
};

// "Kim's second summit with Trump in Hanoi": who met whom, where and when, as one sentence says.
struct MeetingClaim {
  size_t article = 0, sentence = 0, token = 0;
  std::string type;                   // summit or meeting
  std::vector<size_t> participants;   // person indexes, ascending
  uint32_t place = kNoPlace;
  bool place_stated = false;          // the place is named with the meeting itself
  int ordinal = 0;                    // "second summit": 2
  bool future = false;
  Date date;
  int time = -1;
};

}  // namespace storymap

namespace storymap {

// Who the previous sentences were about: what "he" and "the ship" refer back to.
struct ReadingContext {
  static constexpr size_t kNone = SIZE_MAX;
  size_t last_person = kNone;
  size_t last_vehicle = kNone;
};

}  // namespace storymap
