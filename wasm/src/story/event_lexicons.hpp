// The word lists of the event detectors, read from the lexicons packed into the gazetteer
// (data/lexicon/*.txt): travel verbs, modes, meeting words, leaders' titles, small cue classes.
#pragma once
#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "extractor/lexicon.hpp"
#include "story/sentence_tokens.hpp"

namespace storymap {

class Gazetteer;

// Lower-case phrases of one or more words, each with a value ("arrived in" -> "arrive").
class PhraseTable {
 public:
  // Lines "phrase<TAB>value"; a line without a tab takes `fallback` as its value.
  void add_lines(std::string_view text, std::string_view fallback = "");
  // The value of the longest phrase whose words are tokens i, i+1, ... (adjacent word tokens);
  // sets `end` to the token after it. nullptr when none matches.
  const std::string* match(const SentenceTokens& t, size_t i, size_t& end) const;
  const std::string* find(const std::string& phrase) const;
  bool empty() const { return entries_.empty(); }

 private:
  // Looked up only, never iterated: hashing keeps the output independent of any order.
  std::unordered_map<std::string, std::string> entries_;
  std::unordered_set<std::string> first_words_;  // most tokens start no phrase: one lookup says so
  size_t max_words_ = 0;
};

// Display names of outlets by folded name ("reuters" -> "Reuters").
class NameList {
 public:
  void add_lines(std::string_view text);
  const std::string* find(std::string_view name) const;  // any case, folded before lookup
  size_t max_words() const { return max_words_; }

 private:
  std::map<std::string, std::string, std::less<>> names_;
  size_t max_words_ = 0;
};

struct EventLexicons {
  PhraseTable travel_verbs;   // travel_verbs.txt
  PhraseTable travel_modes;   // travel_modes.txt
  PhraseTable meeting_words;  // meeting_words.txt
  PhraseTable leader_titles;  // leader_titles.txt
  PhraseTable cues;           // event_cues.txt
  PhraseTable person_titles;  // person_titles.txt
  PhraseTable place_words;    // place_words.txt: County, Station, Bridge ...
  const WordList* given_names = nullptr;  // given_names.txt: the recogniser's list, shared
  NameList outlets;           // organisations.txt and credit_lines.txt
  NameList organisations;     // organisations.txt alone: never a person

  // Reads the lists from the gazetteer's resources; the given names are words' (which must
  // outlive the result). Built once per engine, not per story.
  static EventLexicons from(const Gazetteer& g, const Lexicons& words);
};

}  // namespace storymap
