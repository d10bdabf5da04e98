// People (and named vessels) of a story: names led by a title ("North Korean leader Kim Jong
// Un", "Kremlin adviser Yuri Ushakov") or starting with a given name ("Vladimir Putin"), and
// their later short forms ("Kim", "Mr. Trump") linked to the full name.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "gazetteer/gazetteer.hpp"
#include "story/event_lexicons.hpp"
#include "story/story.hpp"

namespace storymap {

constexpr uint32_t kNoPlace = 0xFFFFFFFF;

struct Person {
  std::string name;        // the full name as first written ("Kim Jong Un")
  std::string key;         // folded name
  uint32_t home = kNoPlace;  // their country: the one their title names ("North Korean leader")
  bool leader = false;     // holds a head of state's or government's title somewhere in the story
  bool vehicle = false;    // a named ship or vessel rather than a person
  std::string mode;        // a vehicle's mode ("ship")
  size_t mentions = 0;     // full and short mentions in the whole story
};

struct PersonMention {
  size_t article = 0;
  size_t start = 0, end = 0;  // byte offsets into the article's text
  size_t person = 0;          // index into People::persons
};

struct People {
  std::vector<Person> persons;          // in order of first mention in the story
  std::vector<PersonMention> mentions;  // by article, then offset
};

People find_people(const Story& story, const Gazetteer& g, const EventLexicons& lex);

}  // namespace storymap
