// One sentence as the event detectors read it: tokens, the places, people and time
// expressions in it (as token ranges), and which travel or meeting word each date belongs to.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "story/capitals.hpp"
#include "story/event_lexicons.hpp"
#include "story/person_names.hpp"
#include "story/sentence_tokens.hpp"
#include "time/date.hpp"

namespace storymap {

struct PlaceRef {
  size_t first = 0, last = 0;  // tokens [first, last)
  uint32_t place = 0;
  bool demonym = false;        // "Russian": an adjective, never a stop
  bool possessive = false;     // "Russia's Khasan station": a qualifier of what follows
};

struct PersonRef {
  size_t first = 0, last = 0;
  size_t person = 0;
  bool possessive = false;
};

struct TimeRef {
  size_t first = 0, last = 0;
  Date date;
};

// A word that anchors a date: a travel or meeting word.
struct Anchor {
  size_t token = 0;
};

struct SentenceFacts {
  size_t article = 0, sentence = 0;
  size_t base = 0;       // byte offset of the sentence in the article's text
  Date article_date;
  std::string_view text;
  SentenceTokens tokens;
  std::vector<PlaceRef> places;
  std::vector<PersonRef> people;
  std::vector<TimeRef> times;
  std::vector<size_t> anchors;   // tokens of travel and meeting words, ascending
  std::vector<int> time_owner;   // per time: the anchor token it belongs to, -1 for the whole sentence
  const Capitals* capitals = nullptr;  // for "the Chinese capital"; none: such phrases name nothing
  const People* people_list = nullptr; // for "Brazil's president"; none: such phrases name no one

  SentenceFacts(size_t article, size_t sentence, size_t base, std::string_view text, Date article_date)
      : article(article), sentence(sentence), base(base), article_date(article_date), text(text), tokens(text) {}

  // Index into `times` of the date of the anchor at `token`, -1 when none: its own, else
  // one that opens the sentence ("In February, ...", "Later on Wednesday ...").
  int time_for(size_t token) const;
  // The place starting at token i (index into places), -1 when none.
  int place_at(size_t i) const;
  int person_at(size_t i) const;
  // A cue of class `cls` (event_cues.txt) among tokens [from, to).
  bool has_cue(const PhraseTable& cues, std::string_view cls, size_t from, size_t to) const;
  // The place at token i is denied: "not", "rather than", "instead of" right before it.
  bool negated(const PhraseTable& cues, size_t i) const;
};

// Fills places, people and times (time expressions resolved against the article's date) from
// the story's mentions of the sentence's byte range [base, base + text.size()).
void collect_refs(SentenceFacts& f, const std::vector<const PlaceMention*>& places,
                  const std::vector<const PersonMention*>& people);

// Gives each time expression to the nearest anchor; one that opens the sentence to all.
void assign_times(SentenceFacts& f);

}  // namespace storymap
