#include "story/story_events.hpp"

#include <algorithm>
#include <map>
#include <tuple>

#include "story/claim_reader.hpp"
#include "story/date_range.hpp"
#include "story/event_lexicons.hpp"
#include "story/event_merger.hpp"
#include "story/journey_builder.hpp"
#include "story/leg_geometry.hpp"
#include "story/person_names.hpp"
#include "story/place_levels.hpp"
#include "story/source_credit.hpp"

namespace storymap {
namespace {

using TimeKey = std::tuple<size_t, size_t, int>;  // article, sentence, time expression

// Where sources disagree on a meeting's date, the travel dated by the same words follows the
// date the event was given ("after his March summit ..., he stayed in Hanoi").
void follow_event_dates(std::vector<TravelClaim>& travel, const std::vector<MeetingClaim>& meetings,
                        const MergedEvents& merged) {
  std::map<TimeKey, Date> corrected;
  for (size_t i = 0; i < meetings.size(); ++i) {
    const int e = merged.claim_event[i];
    const MeetingClaim& m = meetings[i];
    if (e < 0 || m.time < 0) continue;
    const Date& d = merged.events[size_t(e)].date;
    if (d.known() && !overlaps(d, m.date)) corrected[{m.article, m.sentence, m.time}] = d;
  }
  for (TravelClaim& c : travel) {
    auto it = corrected.find({c.article, c.sentence, c.time});
    if (it != corrected.end()) c.date = it->second;
  }
}

// A traveller is where the meetings they attend take place.
void add_presence(std::vector<TravelClaim>& travel, const std::vector<MeetingClaim>& meetings,
                  const MergedEvents& merged) {
  std::vector<bool> travels;
  for (const TravelClaim& c : travel) {
    if (c.traveller >= travels.size()) travels.resize(c.traveller + 1, false);
    travels[c.traveller] = true;
  }
  auto is_traveller = [&](size_t p) { return p < travels.size() && travels[p]; };
  std::vector<TravelClaim> added;
  for (size_t k = 0; k < merged.events.size(); ++k) {
    const Event& e = merged.events[k];
    for (size_t i = 0; i < meetings.size(); ++i) {
      if (merged.claim_event[i] != int(k)) continue;
      for (size_t p : meetings[i].participants) {
        if (!is_traveller(p)) continue;
        TravelClaim c;
        c.article = meetings[i].article;
        c.sentence = meetings[i].sentence;
        c.token = meetings[i].token;
        c.cue = SIZE_MAX;
        c.traveller = p;
        c.role = Role::At;
        c.place = e.place;
        c.date = e.date;
        c.future = e.planned;
        c.narrative = false;
        added.push_back(c);
      }
    }
  }
  // "met Russian officials at the Khasan station": a meeting with no one named is still a stop.
  for (size_t i = 0; i < meetings.size(); ++i) {
    const MeetingClaim& m = meetings[i];
    if (merged.claim_event[i] >= 0 || m.place == kNoPlace || m.participants.size() != 1 ||
        !is_traveller(m.participants[0]))
      continue;
    TravelClaim c;
    c.article = m.article;
    c.sentence = m.sentence;
    c.token = m.token;
    c.cue = SIZE_MAX - 1;
    c.traveller = m.participants[0];
    c.role = Role::At;
    c.place = m.place;
    c.date = m.date;
    c.time = m.time;
    c.future = m.future;
    added.push_back(c);
  }
  travel.insert(travel.end(), added.begin(), added.end());
}

// A trip of one stop is a visit, unless it only repeats a meeting the traveller attended there.
void add_visits(const std::vector<Trip>& trips, const People& people, const Gazetteer& g, std::vector<Event>& events) {
  std::vector<Event> visits;
  for (const Trip& t : trips) {
    if (t.stops.size() != 1 || t.stops[0].arrival_evidence.empty()) continue;
    const Stop& s = t.stops[0];
    const std::string& name = people.persons[t.traveller].name;
    const bool repeats = std::any_of(events.begin(), events.end(), [&](const Event& e) {
      return std::find(e.participants.begin(), e.participants.end(), name) != e.participants.end() &&
             same_or_within(g.place(e.place), g.place(s.place)) &&
             (!e.date.known() || !s.arrival.known() || overlaps(e.date, s.arrival));
    });
    if (repeats) continue;
    Event v;
    v.type = "visit";
    v.place = s.place;
    v.date = s.arrival;
    v.participants = {name};
    v.planned = s.planned;
    v.evidence = s.arrival_evidence;
    std::sort(v.evidence.begin(), v.evidence.end());
    v.evidence.erase(std::unique(v.evidence.begin(), v.evidence.end()), v.evidence.end());
    visits.push_back(std::move(v));
  }
  events.insert(events.end(), visits.begin(), visits.end());
  std::stable_sort(events.begin(), events.end(), [](const Event& a, const Event& b) {
    if (a.date.known() != b.date.known()) return a.date.known();
    return first_day(a.date) < first_day(b.date);
  });
}

}  // namespace

void add_events(Story& story, const Gazetteer& g, const EventLexicons& lex, const std::vector<Corridor>& corridors) {
  for (Article& a : story.articles)
    if (a.source.empty()) a.source = find_source_credit(a, lex.outlets);
  const People people = find_people(story, g, lex);
  Claims claims = read_claims(story, people, g, lex);
  MergedEvents merged = merge_meetings(claims.meetings, people, g, story);
  follow_event_dates(claims.travel, claims.meetings, merged);
  add_presence(claims.travel, claims.meetings, merged);
  const std::vector<Trip> trips = build_trips(claims.travel, people, g, story);
  story.legs = legs_of(trips, people);
  for (Leg& leg : story.legs) leg.path = leg_path(g.place(leg.from), g.place(leg.to), leg.mode, corridors, g);
  story.events = std::move(merged.events);
  add_visits(trips, people, g, story.events);
  story.events_added = true;
}

}  // namespace storymap
