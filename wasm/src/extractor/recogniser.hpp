// Finds place names in text: longest gazetteer matches over capitalised words, minus what only
// looks like a place (people, organisations and media, months, common words).
#pragma once
#include <string_view>
#include <vector>

#include "extractor/lexicon.hpp"
#include "extractor/name_cache.hpp"
#include "extractor/recognised_name.hpp"
#include "gazetteer/gazetteer.hpp"

namespace storymap {

class Recogniser {
 public:
  Recogniser(const Gazetteer& gazetteer, const Lexicons& lexicons) : g_(gazetteer), lex_(lexicons), cache_(gazetteer) {}

  // Names in text[from, to), in text order, not overlapping. Offsets are into text. Not for two
  // threads at once: look-ups are remembered from text to text.
  std::vector<RecognisedName> find(std::string_view text, size_t from, size_t to) const;

 private:
  const Gazetteer& g_;
  const Lexicons& lex_;
  mutable NameCache cache_;
};

}  // namespace storymap
