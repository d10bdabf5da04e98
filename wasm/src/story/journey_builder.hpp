// Trips from travel claims: one traveller's claims close in time form a trip; its places
// become stops ordered by date, then by what the articles say comes first ("from X to Y",
// "arrived in X ... before setting off for Y", narrative order); a country named as a stop
// gives way to the towns of it the trip also stops at; a departure point the text leaves open
// makes the first stop uncertain, placed at the most specific place the text allows (the
// place named with it, else the traveller's home country).
#pragma once
#include <string>
#include <vector>

#include "gazetteer/gazetteer.hpp"
#include "story/event_claims.hpp"
#include "story/person_names.hpp"
#include "story/story.hpp"

namespace storymap {

struct Stop {
  uint32_t place = 0;
  bool uncertain = false;
  bool is_return = false;
  Date arrival;                  // when the traveller got there (unknown when not said)
  Date departure;                // when they left (from "left X on ...")
  bool planned = false;          // still ahead in every article that mentions it
  std::string arrival_mode;      // mode named with the arrival
  std::string departure_mode;    // mode named with the departure
  std::vector<Evidence> arrival_evidence, departure_evidence;
};

struct Trip {
  size_t traveller = 0;
  std::string mode;  // the mode named most often in the trip
  std::vector<Stop> stops;
};

// Trips with their stops in order, earliest trip first. A trip of one stop is a visit.
std::vector<Trip> build_trips(const std::vector<TravelClaim>& claims, const People& people, const Gazetteer& g,
                              const Story& story);

// The legs between consecutive stops of trips with two stops or more, without geometry.
std::vector<Leg> legs_of(const std::vector<Trip>& trips, const People& people);

}  // namespace storymap
