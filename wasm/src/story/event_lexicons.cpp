#include "story/event_lexicons.hpp"

#include <algorithm>

#include "gazetteer/gazetteer.hpp"
#include "text/fold.hpp"
#include "text/lines.hpp"

namespace storymap {
namespace {


size_t word_count(std::string_view s) {
  return s.empty() ? 0 : size_t(std::count(s.begin(), s.end(), ' ')) + 1;
}

// Lower-case ASCII with single spaces: the form phrases are stored and matched in.
std::string normalise(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\t') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
  }
  return out;
}

}  // namespace

void PhraseTable::add_lines(std::string_view text, std::string_view fallback) {
  for_each_data_line(text, [&](std::string_view line) {
    const size_t tab = line.find('\t');
    const std::string phrase = normalise(tab == std::string_view::npos ? line : line.substr(0, tab));
    const std::string value(tab == std::string_view::npos ? fallback : trim_line(line.substr(tab + 1)));
    if (phrase.empty()) return;
    max_words_ = std::max(max_words_, word_count(phrase));
    first_words_.insert(phrase.substr(0, phrase.find(' ')));
    entries_[phrase] = value;
  });
}

const std::string* PhraseTable::find(const std::string& phrase) const {
  auto it = entries_.find(phrase);
  return it == entries_.end() ? nullptr : &it->second;
}

const std::string* PhraseTable::match(const SentenceTokens& t, size_t i, size_t& end) const {
  if (i >= t.size() || !first_words_.count(t.lower(i))) return nullptr;
  const std::string* best = nullptr;
  std::string key;
  for (size_t j = i; j < t.size() && j < i + max_words_; ++j) {
    if (!t.is_word(j)) break;
    if (j > i) {
      if (t.glued(j)) break;
      key += ' ';
    }
    key += t.lower(j);
    if (const std::string* v = find(key)) {
      best = v;
      end = j + 1;
    }
  }
  return best;
}

void NameList::add_lines(std::string_view text) {
  for_each_data_line(text, [&](std::string_view line) {
    const std::string key = fold(line);
    if (key.empty()) return;
    max_words_ = std::max(max_words_, word_count(key));
    names_.emplace(key, std::string(line));
  });
}

const std::string* NameList::find(std::string_view name) const {
  auto it = names_.find(fold(name));
  return it == names_.end() ? nullptr : &it->second;
}

EventLexicons EventLexicons::from(const Gazetteer& g, const Lexicons& words) {
  EventLexicons l;
  l.travel_verbs.add_lines(g.resource("lexicon/travel_verbs.txt"));
  l.travel_modes.add_lines(g.resource("lexicon/travel_modes.txt"));
  l.meeting_words.add_lines(g.resource("lexicon/meeting_words.txt"));
  l.leader_titles.add_lines(g.resource("lexicon/leader_titles.txt"), "leader");
  l.cues.add_lines(g.resource("lexicon/event_cues.txt"));
  l.person_titles.add_lines(g.resource("lexicon/person_titles.txt"), "title");
  l.place_words.add_lines(g.resource("lexicon/place_words.txt"), "place");
  l.given_names = &words.given_names;
  l.outlets.add_lines(g.resource("lexicon/organisations.txt"));
  l.outlets.add_lines(g.resource("lexicon/credit_lines.txt"));
  l.organisations.add_lines(g.resource("lexicon/organisations.txt"));
  return l;
}

}  // namespace storymap
