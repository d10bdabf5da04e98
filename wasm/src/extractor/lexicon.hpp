// Word lists the recogniser consults, read from the lexicon files packed into the gazetteer
// (data/lexicon/*.txt: one entry per line, '#' comments). Entries are stored folded.
#pragma once
#include <string>
#include <string_view>
#include <unordered_set>

namespace storymap {

class Gazetteer;

class WordList {
 public:
  void add_lines(std::string_view text);
  bool contains(const std::string& folded) const { return words_.count(folded) > 0; }
  bool contains(std::string_view folded) const { return words_.count(std::string(folded)) > 0; }
  bool contains(const char* folded) const { return contains(std::string_view(folded)); }
  size_t size() const { return words_.size(); }
 private:
  std::unordered_set<std::string> words_;
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
