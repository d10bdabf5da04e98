// Everything the engine knows about a story before it is written out.
#pragma once
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "story/article.hpp"
#include "story/place_mention.hpp"
#include "time/article_date.hpp"

namespace storymap {

// A sentence that supports a leg or an event.
struct Evidence {
  size_t article = 0;   // index into the story's articles
  size_t sentence = 0;  // index into that article's sentences
  friend bool operator<(const Evidence& a, const Evidence& b) {
    return a.article != b.article ? a.article < b.article : a.sentence < b.sentence;
  }
  friend bool operator==(const Evidence& a, const Evidence& b) {
    return a.article == b.article && a.sentence == b.sentence;
  }
};

// One leg of a trip: from one stop to the next.
struct Leg {
  std::string trip;       // "trip-1": shared by the legs of one journey
  std::string traveller;  // full name
  int seq = 1;            // 1, 2, ... within the trip
  uint32_t from = 0, to = 0;  // gazetteer indexes
  std::string mode;       // train, car, plane, ship or "" when unknown
  Date date;              // when the leg was travelled (arrival at `to`, else departure)
  bool certain = true;    // false when the text leaves one end open (an undisclosed station)
  bool planned = false;   // still ahead of the article that reports it
  std::vector<Evidence> evidence;
  std::vector<std::pair<double, double>> path;  // [lon, lat] as drawn; longitudes unwrapped
};

struct DisagreementValue {
  std::string value;
  size_t article = 0;
};

// Sources that give different values for one field of an event.
struct Disagreement {
  std::string field;  // "date", "place"
  std::vector<DisagreementValue> values;
};

// A meeting, summit or visit, one per real event however many articles report it.
struct Event {
  std::string type;  // summit, meeting, visit
  uint32_t place = 0;
  Date date;
  std::vector<std::string> participants;  // full names
  bool planned = false;
  std::vector<Evidence> evidence;
  std::vector<Disagreement> disagreements;
};

struct Story {
  std::vector<Article> articles;
  std::vector<ArticleDate> dates;       // one per article
  std::vector<PlaceMention> mentions;   // in article order, then text order
  // Journeys and meetings (story/story_events.hpp), in trip order then seq; events by date.
  std::vector<Leg> legs;
  std::vector<Event> events;
  bool events_added = false;  // add_events has run: sources, legs and events are filled in
};

}  // namespace storymap
