// The place a preposition leads to: "for the southeastern port city of Vladivostok",
// "from an undisclosed location in North Korea", "at Russia's Khasan train station".
#pragma once
#include <cstddef>

#include "story/event_lexicons.hpp"
#include "story/sentence_facts.hpp"

namespace storymap {

struct PhrasePlace {
  int place = -1;          // index into SentenceFacts::places of the name, -1 when none
  uint32_t gaz = kNoPlace;  // the place meant (also for "the Chinese capital", which has no name)
  bool uncertain = false;  // "undisclosed", "unknown" in the phrase
  bool home = false;       // "home", "the country"
  bool vehicle = false;    // "his train": a vehicle, not a place
  bool person = false;     // the phrase names a person
  size_t end = 0;          // token after the phrase
  bool found() const { return gaz != kNoPlace; }
};

// Reads the noun phrase starting at token i, up to a clause mark, a preposition that starts
// another phrase, or kMaxPhrase words. Demonyms ("the Russian far-eastern city of") and denied
// places ("rather than Pyongyang") are passed over; of "Russia's Khasan station" the place is
// Khasan; "the Chinese capital" is Beijing.
PhrasePlace place_in_phrase(const SentenceFacts& f, size_t i, const EventLexicons& lex);

// Words that end a noun phrase: prepositions and conjunctions starting something else.
bool ends_phrase(std::string_view lower);

}  // namespace storymap
