#include "story/person_names.hpp"

#include <algorithm>
#include <map>

#include "story/sentence_tokens.hpp"
#include "text/fold.hpp"

namespace storymap {
namespace {

constexpr size_t kMaxNameWords = 4;
// Below this prior a one-word place yields to a person's short name.
constexpr float kTownImportance = 0.45f;
// Words before a title that may still belong to it ("deputy foreign minister").
constexpr size_t kMaxTitleExtension = 2;

// Lower-case words inside names: "da Silva", "van der Bellen", "bin Salman".
bool is_particle(std::string_view w) {
  for (std::string_view p : {"da", "de", "do", "dos", "das", "di", "du", "del", "della", "van", "von", "der", "den",
                             "ter", "bin", "ibn", "al", "el", "la", "le"})
    if (w == p) return true;
  return false;
}

struct Word;
size_t name_words(const std::vector<Word>& w, size_t a, size_t b);

// A word of a sentence, hyphenated parts joined ("Hyun-joon"), with byte offsets into it.
struct Word {
  size_t first = 0, last = 0;  // token range [first, last]
  size_t start = 0, end = 0;   // bytes in the sentence
  bool capitalised = false;
  bool possessive = false;
  std::string lower;
};

// Words of a name other than particles.
size_t name_words(const std::vector<Word>& w, size_t a, size_t b) {
  size_t n = 0;
  for (size_t k = a; k < b; ++k) n += is_particle(w[k].lower) ? 0 : 1;
  return n;
}

std::vector<Word> words_of(const SentenceTokens& t) {
  std::vector<Word> out;
  for (size_t i = 0; i < t.size(); ++i) {
    if (!t.is_wordlike(i)) continue;
    Word w{i, i, t.start(i), t.end(i), t.capitalised(i), false, t.lower(i)};
    // "Hyun-joon", "Jong-un": a hyphen between word parts keeps one word.
    while (w.last + 2 < t.size() && t.is_dash(w.last + 1) && t.glued(w.last + 1) && t.glued(w.last + 2) &&
           t.is_wordlike(w.last + 2)) {
      w.lower += "-" + t.lower(w.last + 2);
      w.last += 2;
      w.end = t.end(w.last);
    }
    w.possessive = t.possessive(w.last);
    i = w.last;
    out.push_back(std::move(w));
  }
  return out;
}

// Place mentions of one article, by offset, to ask what lies at or before a byte.
class ArticlePlaces {
 public:
  ArticlePlaces(const Story& s, size_t article) {
    for (const PlaceMention& m : s.mentions)
      if (m.article == article) list_.push_back(&m);
  }
  bool overlaps(size_t start, size_t end) const {
    auto it = std::lower_bound(list_.begin(), list_.end(), start,
                               [](const PlaceMention* m, size_t at) { return m->end <= at; });
    return it != list_.end() && (*it)->start < end;
  }
  // The mention covering exactly [start, end), or nullptr.
  const PlaceMention* exactly(size_t start, size_t end) const {
    auto it = std::lower_bound(list_.begin(), list_.end(), start,
                               [](const PlaceMention* m, size_t at) { return m->end <= at; });
    return it != list_.end() && (*it)->start == start && (*it)->end == end ? *it : nullptr;
  }
  // The mention ending within `gap` bytes before `at`.
  const PlaceMention* ending_before(size_t at, size_t gap) const {
    auto it = std::lower_bound(list_.begin(), list_.end(), at,
                               [](const PlaceMention* m, size_t a) { return m->end <= a; });
    if (it == list_.begin()) return nullptr;
    const PlaceMention* m = *(it - 1);
    return m->end <= at && at - m->end <= gap ? m : nullptr;
  }

 private:
  std::vector<const PlaceMention*> list_;
};

struct Candidate {
  size_t article = 0, start = 0, end = 0;
  std::string key, display;
  size_t words = 0;
  bool titled = false, leader = false, vehicle = false;
  std::string mode;
  uint32_t home = kNoPlace;
};

class Scanner {
 public:
  Scanner(const Story& s, const Gazetteer& g, const EventLexicons& lex) : s_(s), g_(g), lex_(lex) {}

  // Calls f(article, sentence offset, tokens, words, places) for every sentence of the story.
  template <typename F>
  void each_sentence(F f) const {
    for (size_t a = 0; a < s_.articles.size(); ++a) {
      const Article& art = s_.articles[a];
      const ArticlePlaces places(s_, a);
      for (size_t i = 0; i < art.sentences.size(); ++i) {
        const std::string_view text = art.sentence_text(i);
        const SentenceTokens t(text);
        f(a, art.sentences[i].start, text, t, words_of(t), places);
      }
    }
  }

  // Word k+1 follows word k as part of one phrase: one space between, or an abbreviation's
  // period ("Mr. Trump").
  static bool adjacent(std::string_view text, const std::vector<Word>& w, size_t k) {
    if (k + 1 >= w.size()) return false;
    const std::string_view gap = text.substr(w[k].end, w[k + 1].start - w[k].end);
    return gap == " " || (gap == ". " && w[k].end - w[k].start <= 4 && w[k].capitalised);
  }

  // End of the run of capitalised words starting at a; a particle between two capitalised
  // words belongs to it ("Lula da Silva", "Ursula von der Leyen").
  static size_t run_end(std::string_view text, const std::vector<Word>& w, size_t a) {
    auto joined = [&](size_t k) {  // word k follows word k-1 within one name
      return k < w.size() && !w[k - 1].possessive && adjacent(text, w, k - 1) && text.substr(w[k - 1].end, 1) == " ";
    };
    size_t b = a + 1;
    while (b < w.size()) {
      if (w[b].capitalised && joined(b)) {
        ++b;
        continue;
      }
      size_t k = b;
      while (k < w.size() && k < b + 2 && is_particle(w[k].lower) && joined(k)) ++k;
      if (k > b && k < w.size() && w[k].capitalised && joined(k)) {
        b = k + 1;
        continue;
      }
      break;
    }
    return b;
  }

  // Length in words of a person title ending at word k (0 when none).
  size_t title_ending_at(std::string_view text, const std::vector<Word>& w, size_t k) const {
    std::string phrase;
    size_t best = 0;
    for (size_t len = 1; len <= 3 && len <= k + 1; ++len) {
      const size_t first = k + 1 - len;
      if (len > 1 && !adjacent(text, w, first)) break;
      phrase = len == 1 ? w[first].lower : w[first].lower + " " + phrase;
      if (lex_.person_titles.find(phrase)) best = len;
    }
    return best;
  }

  bool is_subordinate(const std::string& word) const {
    const std::string* c = lex_.cues.find(word);
    return c && *c == "subordinate";
  }

  // Whether the title words [a, b) name a head of state or government.
  bool leader_title(const std::vector<Word>& w, size_t a, size_t b) const {
    std::string suffix;
    bool leader = false;
    for (size_t k = b; k-- > a;) {
      if (is_subordinate(w[k].lower)) return false;
      suffix = suffix.empty() ? w[k].lower : w[k].lower + " " + suffix;
      leader = leader || lex_.leader_titles.find(suffix);
    }
    return leader;
  }

  // Everything a name found at words [n, b) with title words [ta, n) says about its person.
  Candidate candidate(size_t article, size_t base, std::string_view text, const std::vector<Word>& w, size_t ta,
                      size_t n, size_t b, const ArticlePlaces& places) const {
    Candidate c;
    c.article = article;
    c.start = base + w[n].start;
    c.end = base + w[b - 1].end;
    c.display = std::string(text.substr(w[n].start, w[b - 1].end - w[n].start));
    c.key = fold(c.display);
    c.words = b - n;
    c.titled = ta < n;
    if (c.titled) {
      // Widen the title over a modifier or two ("deputy foreign minister"), not over a place.
      size_t first = ta;
      for (size_t k = 0; k < kMaxTitleExtension && first > 0 && adjacent(text, w, first - 1); ++k) {
        const Word& prev = w[first - 1];
        if (places.overlaps(base + prev.start, base + prev.end) || prev.lower == "the" || prev.lower == "a") break;
        --first;
      }
      c.leader = leader_title(w, first, n);
      // The country before the title: "North Korean leader", "US President", "Russia's President".
      for (size_t k = first; k <= ta; ++k)
        if (const PlaceMention* m = places.ending_before(base + w[k].start, 3)) {
          const Place p = g_.place(m->place);
          if (p.feature_class == 'A' && p.feature_code.substr(0, 3) == "PCL") c.home = m->place;
        }
    }
    return c;
  }

  // The person names of a run of capitalised words [a, b): at most one.
  bool name_in_run(size_t article, size_t base, std::string_view text, const std::vector<Word>& w, size_t a,
                   size_t b, const ArticlePlaces& places, Candidate& out) const {
    // A title inside the run: the name follows it ("US President Donald Trump").
    size_t n = a, ta = a;
    for (size_t k = a; k < b; ++k) {
      if (const size_t len = title_ending_at(text, w, k); len && k + 1 < b && k + 1 - len >= a) {
        ta = k + 1 - len;
        n = k + 1;
      }
    }
    if (n == a) {
      if (const size_t len = a > 0 ? title_ending_at(text, w, a - 1) : 0; len && adjacent(text, w, a - 1)) {
        ta = a - len;
      } else {
        ta = a;
      }
    }
    // Vessels: "the research vessel Southern Surveyor".
    if (n == a && ta == a && a > 0 && adjacent(text, w, a - 1)) {
      const std::string* cue = lex_.cues.find(w[a - 1].lower);
      if (cue && *cue == "vehicle") {
        out = candidate(article, base, text, w, a, a, std::min(b, a + kMaxNameWords), places);
        out.vehicle = true;
        const std::string* mode = lex_.travel_modes.find(w[a - 1].lower);
        out.mode = mode ? *mode : "ship";
        return true;
      }
    }
    // An organisation or a title word before the given name: the person starts at it
    // ("Business Insider Rosie Perper", "Secretary of State Mike Pompeo").
    if (n < b && !lex_.given_names->contains(w[n].lower)) {
      for (size_t k = n + 1; k + 1 < b; ++k)
        if (lex_.given_names->contains(w[k].lower)) {
          n = k;
          break;
        }
    }
    if (n >= b || name_words(w, n, b) > kMaxNameWords) return false;
    const bool titled = ta < n;
    const bool given = lex_.given_names->contains(w[n].lower) && b - n >= 2;
    if (!titled && !given) return false;
    for (size_t k = n; k < b; ++k)
      if (places.overlaps(base + w[k].start, base + w[k].end) || lex_.person_titles.find(w[k].lower) ||
          lex_.place_words.find(w[k].lower))
        return false;
    const std::string display(text.substr(w[n].start, w[b - 1].end - w[n].start));
    if (lex_.organisations.find(display)) return false;
    if (!titled && !g_.lookup(fold(display)).postings.empty()) return false;
    out = candidate(article, base, text, w, ta, n, b, places);
    return true;
  }

 private:
  const Story& s_;
  const Gazetteer& g_;
  const EventLexicons& lex_;
};

// The words of a full name a later mention may use alone: all but particles.
std::vector<std::string> short_forms(const std::string& key) {
  std::vector<std::string> out;
  size_t pos = 0;
  while (pos <= key.size()) {
    size_t sp = key.find(' ', pos);
    if (sp == std::string::npos) sp = key.size();
    const std::string word = key.substr(pos, sp - pos);
    if (word.size() >= 2 && !is_particle(word)) out.push_back(word);
    pos = sp + 1;
  }
  return out;
}

}  // namespace

People find_people(const Story& story, const Gazetteer& g, const EventLexicons& lex) {
  const Scanner scan(story, g, lex);
  // Pass 1: names the text introduces, with a title or a given name.
  std::vector<Candidate> found;
  scan.each_sentence([&](size_t article, size_t base, std::string_view text, const SentenceTokens&,
                         const std::vector<Word>& w, const ArticlePlaces& places) {
    for (size_t a = 0; a < w.size();) {
      if (!w[a].capitalised) { ++a; continue; }
      const size_t b = Scanner::run_end(text, w, a);
      Candidate c;
      if (scan.name_in_run(article, base, text, w, a, b, places, c)) found.push_back(std::move(c));
      a = b;
    }
  });

  // The people: full names (two words or more), single names only when no full name has them.
  struct Stats { size_t count = 0, order = 0; Candidate first; std::map<uint32_t, size_t> home; bool leader = false; };
  std::map<std::string, Stats> full;
  for (size_t i = 0; i < found.size(); ++i) {
    const Candidate& c = found[i];
    if (c.words < 2 && !c.vehicle) continue;
    Stats& st = full[c.key];
    if (st.count++ == 0) { st.order = i; st.first = c; }
    if (c.home != kNoPlace) ++st.home[c.home];
    st.leader = st.leader || c.leader;
  }
  // Short forms: a word of a full name ("Kim", "Lula"), to the most mentioned full name
  // having it.
  std::map<std::string, std::string> alias;  // word -> full key
  for (const auto& [key, st] : full) {
    if (st.first.vehicle) continue;
    for (const std::string& part : short_forms(key)) {
      auto it = alias.find(part);
      if (it == alias.end()) { alias[part] = key; continue; }
      const Stats& other = full[it->second];
      if (st.count > other.count || (st.count == other.count && st.order < other.order)) it->second = key;
    }
  }
  for (size_t i = 0; i < found.size(); ++i) {
    const Candidate& c = found[i];
    if (c.words != 1 || c.vehicle || alias.count(c.key)) continue;
    Stats& st = full[c.key];
    if (st.count++ == 0) { st.order = i; st.first = c; }
    if (c.home != kNoPlace) ++st.home[c.home];
    st.leader = st.leader || c.leader;
    alias[c.key] = c.key;
  }
  // Titles given with a short form count for the full name ("President Trump").
  for (const Candidate& c : found)
    if (c.words == 1 && alias.count(c.key) && alias[c.key] != c.key) {
      Stats& st = full[alias[c.key]];
      if (c.home != kNoPlace) ++st.home[c.home];
      st.leader = st.leader || c.leader;
    }

  // Pass 2: every mention, full or short, in text order.
  People out;
  std::map<std::string, size_t> index;  // key -> person
  auto person_of = [&](const std::string& key) {
    auto it = index.find(key);
    if (it != index.end()) return it->second;
    const Stats& st = full[key];
    Person p;
    p.name = st.first.display;
    p.key = key;
    p.leader = st.leader;
    p.vehicle = st.first.vehicle;
    p.mode = st.first.mode;
    size_t best = 0;
    for (const auto& [place, n] : st.home)
      if (n > best) { best = n; p.home = place; }
    out.persons.push_back(std::move(p));
    index[key] = out.persons.size() - 1;
    return out.persons.size() - 1;
  };
  scan.each_sentence([&](size_t article, size_t base, std::string_view text, const SentenceTokens&,
                         const std::vector<Word>& w, const ArticlePlaces& places) {
    for (size_t a = 0; a < w.size();) {
      if (!w[a].capitalised) { ++a; continue; }
      const size_t b = Scanner::run_end(text, w, a);
      // The longest stretch of the run that is a known full name, else single words.
      bool matched = false;
      for (size_t n = a; n < b && !matched; ++n)
        for (size_t e = std::min(b, n + 2 * kMaxNameWords); e > n + 1 && !matched; --e) {
          const std::string key = fold(text.substr(w[n].start, w[e - 1].end - w[n].start));
          if (!full.count(key) || alias.count(key)) continue;
          out.mentions.push_back({article, base + w[n].start, base + w[e - 1].end, person_of(key)});
          matched = true;
        }
      if (!matched)
        for (size_t k = a; k < b; ++k) {
          auto it = alias.find(fold(text.substr(w[k].start, w[k].end - w[k].start)));
          if (it == alias.end()) continue;
          // A word taken for a small town elsewhere ("Lula", after "Luiz Inacio Lula da Silva")
          // is the person the story names in full.
          const size_t s0 = base + w[k].start, e0 = base + w[k].end;
          const PlaceMention* m = places.exactly(s0, e0);
          if (places.overlaps(s0, e0) && !(m && g.place(m->place).importance < kTownImportance && alias[it->first] != it->first))
            continue;
          out.mentions.push_back({article, base + w[k].start, base + w[k].end, person_of(it->second)});
        }
      a = b;
    }
  });
  for (const PersonMention& m : out.mentions) ++out.persons[m.person].mentions;
  return out;
}

}  // namespace storymap
