#include "extractor/lexicon.hpp"

#include <vector>

#include "gazetteer/gazetteer.hpp"
#include "text/fold.hpp"

namespace storymap {

void WordList::add_lines(std::string_view text) {
  // Every entry folded into one buffer, then indexed: no string per entry.
  std::string& folded = storage_.emplace_back();
  folded.reserve(text.size());
  std::vector<std::pair<size_t, size_t>> entries;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    const std::string_view line = text.substr(pos, eol - pos);
    pos = eol + 1;
    if (line.empty() || line[0] == '#') continue;
    const size_t begin = folded.size();
    fold_into(line, folded);
    if (folded.size() > begin) entries.emplace_back(begin, folded.size());
  }
  words_.reserve(words_.size() + entries.size());
  for (const auto& [begin, end] : entries) {
    const std::string_view entry = std::string_view(folded).substr(begin, end - begin);
    words_.insert(entry, true);
    first_words_.insert(entry.substr(0, entry.find(' ')), true);
  }
}

Lexicons Lexicons::from(const Gazetteer& g) {
  Lexicons l;
  l.common_words.add_lines(g.resource("lexicon/common_words.txt"));
  l.calendar_words.add_lines(g.resource("lexicon/calendar_words.txt"));
  l.person_titles.add_lines(g.resource("lexicon/person_titles.txt"));
  l.given_names.add_lines(g.resource("lexicon/given_names.txt"));
  l.organisation_words.add_lines(g.resource("lexicon/organisation_words.txt"));
  l.organisations.add_lines(g.resource("lexicon/organisations.txt"));
  l.media_words.add_lines(g.resource("lexicon/media_words.txt"));
  l.place_words.add_lines(g.resource("lexicon/place_words.txt"));
  l.place_cues.add_lines(g.resource("lexicon/place_cues.txt"));
  return l;
}

}  // namespace storymap
