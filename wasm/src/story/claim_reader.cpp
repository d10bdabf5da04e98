#include "story/claim_reader.hpp"

#include <algorithm>
#include <tuple>

#include "story/capitals.hpp"
#include "story/meeting_detector.hpp"
#include "story/sentence_facts.hpp"
#include "story/travel_detector.hpp"
#include "time/tokens.hpp"

namespace storymap {
namespace {

// Sentences longer than this are read in windows of this many tokens (prose rarely has 100).
constexpr size_t kWindowTokens = 256;
// A sentence this short has fewer tokens than a window: no need to count them.
constexpr size_t kWindowBytes = kWindowTokens;

// "flew out of the country - to meet Trump in Singapore last June": travel whose own words
// name no destination goes where the meeting it was for took place, when that meeting was.
void add_purpose(std::vector<TravelClaim>& travel, const std::vector<MeetingClaim>& meetings) {
  std::vector<TravelClaim> added;
  for (size_t i = 0; i < travel.size(); ++i) {
    const TravelClaim& c = travel[i];
    if (i > 0 && travel[i - 1].cue == c.cue) continue;  // once per travel word
    bool has_destination = false;
    for (const TravelClaim& o : travel)
      if (o.cue == c.cue && (o.role == Role::To || o.role == Role::At)) has_destination = true;
    if (has_destination) continue;
    for (const MeetingClaim& m : meetings) {
      if (m.token <= c.token || m.place == kNoPlace ||
          std::find(m.participants.begin(), m.participants.end(), c.traveller) == m.participants.end())
        continue;
      for (TravelClaim& o : travel)
        if (o.cue == c.cue && !o.date.known()) {
          o.date = m.date;
          o.time = m.time;
        }
      TravelClaim to = c;
      to.role = Role::To;
      to.place = m.place;
      to.token = m.token;
      to.uncertain = to.home = to.is_return = to.onward = false;
      to.purpose = true;
      to.date = m.date;
      to.time = m.time;
      to.future = m.future;
      added.push_back(to);
      break;
    }
  }
  travel.insert(travel.end(), added.begin(), added.end());
}

// "flew to Manila on Monday, where he met Marcos": a meeting with no date of its own, at a
// place the sentence's travel reached on a date, took place then.
void date_from_travel(std::vector<MeetingClaim>& meetings, const std::vector<TravelClaim>& travel) {
  for (MeetingClaim& m : meetings) {
    if (m.date.known() || m.place == kNoPlace) continue;
    for (const TravelClaim& c : travel)
      if ((c.role == Role::To || c.role == Role::At) && c.place == m.place && c.date.known() &&
          std::find(m.participants.begin(), m.participants.end(), c.traveller) != m.participants.end()) {
        m.date = c.date;
        m.time = c.time;
        break;
      }
  }
}

// What later pronouns refer to: the sentence's traveller, else its first person; its last vessel.
void update_context(ReadingContext& ctx, const std::vector<const PersonMention*>& persons, size_t traveller,
                    const People& people) {
  bool person_set = false;
  if (traveller != ReadingContext::kNone && !people.persons[traveller].vehicle) {
    ctx.last_person = traveller;
    person_set = true;
  }
  for (const PersonMention* m : persons) {
    const Person& p = people.persons[m->person];
    if (p.vehicle) ctx.last_vehicle = m->person;
    else if (!person_set) {
      ctx.last_person = m->person;
      person_set = true;
    }
  }
}

// Byte ranges [from, to) of at most kWindowTokens tokens covering a sentence, with the index
// of each range's first token.
std::vector<std::tuple<size_t, size_t, size_t>> windows_of(std::string_view text) {
  if (text.size() <= kWindowBytes) return {{0, text.size(), 0}};
  const timetext::Tokens t(text);
  if (t.size() <= kWindowTokens) return {{0, text.size(), 0}};
  std::vector<std::tuple<size_t, size_t, size_t>> out;
  for (size_t k = 0; k < t.size(); k += kWindowTokens) {
    const size_t last = std::min(t.size(), k + kWindowTokens) - 1;
    out.emplace_back(t.start(k), t.end(last), k);
  }
  return out;
}

}  // namespace

Claims read_claims(const Story& story, const People& people, const Gazetteer& g, const EventLexicons& lex) {
  Claims out;
  const Capitals capitals(g);
  size_t place_cursor = 0, person_cursor = 0;
  for (size_t a = 0; a < story.articles.size(); ++a) {
    const Article& art = story.articles[a];
    ReadingContext ctx;
    for (size_t i = 0; i < art.sentences.size(); ++i) {
      const Sentence& s = art.sentences[i];
      std::vector<const PlaceMention*> places;
      while (place_cursor < story.mentions.size() &&
             std::make_pair(story.mentions[place_cursor].article, story.mentions[place_cursor].start) <
                 std::make_pair(a, s.end)) {
        const PlaceMention& m = story.mentions[place_cursor++];
        if (m.article == a && m.start >= s.start) places.push_back(&m);
      }
      std::vector<const PersonMention*> persons;
      while (person_cursor < people.mentions.size() &&
             std::make_pair(people.mentions[person_cursor].article, people.mentions[person_cursor].start) <
                 std::make_pair(a, s.end)) {
        const PersonMention& m = people.mentions[person_cursor++];
        if (m.article == a && m.start >= s.start) persons.push_back(&m);
      }
      size_t traveller = ReadingContext::kNone;
      const std::string_view text = art.sentence_text(i);
      // A "sentence" of thousands of words is no prose: read it in windows, so the scans of
      // one sentence stay bounded.
      for (const auto& [from, to, first_token] : windows_of(text)) {
        SentenceFacts f(a, i, s.start + from, text.substr(from, to - from), story.dates[a].date);
        f.capitals = &capitals;
        f.people_list = &people;
        const std::vector<Cue> travel_cues = find_travel_cues(f.tokens, lex);
        const std::vector<Cue> meeting_cues = find_meeting_cues(f.tokens, lex);
        if (travel_cues.empty() && meeting_cues.empty()) continue;
        collect_refs(f, places, persons);
        for (const Cue& c : travel_cues) f.anchors.push_back(c.token);
        for (const Cue& c : meeting_cues) f.anchors.push_back(c.token);
        std::sort(f.anchors.begin(), f.anchors.end());
        assign_times(f);
        std::vector<TravelClaim> travel = find_travel(f, travel_cues, lex, ctx);
        std::vector<MeetingClaim> meetings = find_meetings(f, meeting_cues, travel, lex, people, g, ctx);
        date_from_travel(meetings, travel);
        add_purpose(travel, meetings);
        if (!travel.empty() && traveller == ReadingContext::kNone) traveller = travel.front().traveller;
        // Positions within the sentence, not the window.
        for (TravelClaim& c : travel) {
          c.token += first_token;
          c.cue += first_token;
          if (c.time >= 0) c.time += int(first_token);
        }
        for (MeetingClaim& m : meetings) {
          m.token += first_token;
          if (m.time >= 0) m.time += int(first_token);
        }
        out.travel.insert(out.travel.end(), travel.begin(), travel.end());
        out.meetings.insert(out.meetings.end(), meetings.begin(), meetings.end());
      }
      update_context(ctx, persons, traveller, people);
    }
  }
  return out;
}

}  // namespace storymap
