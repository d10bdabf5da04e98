// Word lists the recogniser consults, read from the lexicon files packed into the gazetteer
// (data/lexicon/*.txt: one entry per line, '#' comments). Entries are stored folded.
#pragma once
#include <deque>
#include <string>
#include <string_view>

#include "text/string_table.hpp"

namespace storymap {

class Gazetteer;

class WordList {
 public:
  WordList() = default;
  WordList(WordList&&) = default;             // the views below stay valid: a deque moves its blocks
  WordList& operator=(WordList&&) = default;
  WordList(const WordList&) = delete;

  void add_lines(std::string_view text);
  // Asked for every word of every text: looked up as a view, nothing allocated.
  bool contains(std::string_view folded) const { return words_.contains(folded); }
  // Whether some entry starts with this word (then joins of it may be entries).
  bool starts_an_entry(std::string_view folded_word) const { return first_words_.contains(folded_word); }
  size_t size() const { return words_.size(); }

 private:
  std::deque<std::string> storage_;  // the folded entries, a buffer per list read, never moved
  StringTable<bool> words_, first_words_;
};

struct Lexicons {
  WordList common_words;       // everyday words that some place is also called (summit, salt)
  WordList calendar_words;     // months and weekdays
  WordList person_titles;      // words before a person's name (President, Senator, leader)
  WordList given_names;        // first names: a capitalised word after one is a surname
  WordList organisation_words; // words that end an organisation's name (Agency, News, Institute)
  WordList organisations;      // names of organisations and media that contain place names
  WordList media_words;        // words after an outlet's name (news, agency, channel, TV)
  WordList place_words;        // words that make a name a place (County, River, Lake, Street)
  WordList place_cues;         // words before a place (in, near, outside, from, to, at)

  // Reads the lists from the gazetteer's resources; missing lists stay empty.
  static Lexicons from(const Gazetteer& g);
};

}  // namespace storymap
