#include "extractor/recogniser.hpp"

#include <algorithm>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "text/fold.hpp"
#include "text/tokenizer.hpp"

namespace storymap {
namespace {

constexpr size_t kMaxNameTokens = 7;

// What lies between a word and the next, classified once: the scan asks often.
enum Gap : uint8_t {
  kGapSpace = 1,       // exactly " "
  kGapHyphen = 2,      // exactly "-" or a non-breaking hyphen
  kGapDot = 4,         // exactly "." or ". "
  kGapDotSpace = 8,    // exactly ". "
  kGapNewline = 16,    // holds a line break
  kGapPeriod = 32,     // holds a '.'
  kGapStop = 64,       // holds '!', '?' or ':'
  kGapBreak = 128,     // holds any of , . ; : ( ) " or a line break
};

uint8_t classify_gap(std::string_view g) {
  uint8_t f = 0;
  if (g == " ") f |= kGapSpace;
  else if (g == "-" || g == "\xE2\x80\x91") f |= kGapHyphen;
  else if (g == ".") f |= kGapDot;
  else if (g == ". ") f |= kGapDot | kGapDotSpace;
  for (char c : g) {
    if (c == '\n') f |= kGapNewline | kGapBreak;
    else if (c == '.') f |= kGapPeriod | kGapBreak;
    else if (c == '!' || c == '?') f |= kGapStop;
    else if (c == ':') f |= kGapStop | kGapBreak;
    else if (c == ',' || c == ';' || c == '(' || c == ')' || c == '"') f |= kGapBreak;
  }
  return f;
}

struct Word {
  Token t;
  std::string_view folded;     // in Scan::folded_text_
  uint8_t gap = 0;              // Gap flags of the text between this word and the next
  bool sentence_start = false;  // first word of a sentence or of a title-case line
  bool masked = false;          // part of a person's or an organisation's name
};

// Small words inside multi-word names: "Bridge of Friendship", "Rio de Janeiro". Across a
// hyphen more are allowed ("Rostov-on-Don", "Stratford-upon-Avon").
bool is_connector(std::string_view f, bool hyphen) {
  if (f == "of" || f == "de" || f == "la" || f == "le" || f == "du" || f == "del" || f == "der" || f == "van" ||
      f == "von" || f == "da" || f == "y" || f == "do" || f == "dos" || f == "das")
    return true;
  return hyphen && (f == "on" || f == "upon" || f == "sur" || f == "en" || f == "am" || f == "an" || f == "al" ||
                    f == "el" || f == "the" || f == "under" || f == "in");
}

class Scan {
 public:
  // people: the words of people's names met so far in the text (carried from window to window).
  Scan(std::string_view text, size_t from, size_t to, const Gazetteer& g, const Lexicons& lex,
       std::unordered_set<std::string>& people, NameCache& cache)
      : text_(text), g_(g), lex_(lex), person_words_(people), cache_(cache) {
    // Words folded into one buffer, no string each; a lower-case ASCII word is its own fold
    // (but for the abbreviations fold() spells out), so the text itself serves.
    std::vector<std::pair<size_t, size_t>> folded;  // [begin, end) in folded_text_, or in the text
    for (Token t : tokenize(text.substr(from, to - from))) {
      t.start += from;
      t.end += from;
      const std::string_view surface = text.substr(t.start, t.end - t.start);
      if (is_own_fold(surface)) {
        folded.emplace_back(SIZE_MAX, 0);
      } else {
        const size_t begin = folded_text_.size();
        fold_into(surface, folded_text_);
        folded.emplace_back(begin, folded_text_.size());
      }
      words_.push_back({t, {}});
    }
    for (size_t i = 0; i + 1 < words_.size(); ++i)
      words_[i].gap = classify_gap(text.substr(words_[i].t.end, words_[i + 1].t.start - words_[i].t.end));
    for (size_t i = 0; i < words_.size(); ++i) {
      Word& w = words_[i];
      w.folded = folded[i].first == SIZE_MAX
                     ? text.substr(w.t.start, w.t.end - w.t.start)
                     : std::string_view(folded_text_).substr(folded[i].first, folded[i].second - folded[i].first);
    }
    mark_sentence_starts();
  }

  std::vector<RecognisedName> run() {
    mask_people_and_organisations();
    std::vector<RecognisedName> out;
    for (size_t i = 0; i < words_.size();) {
      size_t next = i + 1;
      if (auto name = match_at(i, next)) out.push_back(std::move(*name));
      i = next;
    }
    return out;
  }

 private:
  uint8_t gap(size_t i) const { return words_[i].gap; }  // Gap flags between word i and word i+1

  // Words i and i+1 may belong to one name: only a space, a hyphen, or an abbreviation's
  // period lies between them (St. Louis, U.S.), never a comma or a line break.
  bool joins(size_t i) const {
    if (i + 1 >= words_.size() || words_[i].t.possessive) return false;
    const uint8_t g = gap(i);
    if (g & (kGapSpace | kGapHyphen)) return true;
    const size_t len = words_[i].t.end - words_[i].t.start;
    return (g & kGapDot) && len <= 3 && words_[i].t.capitalised;
  }

  void mark_sentence_starts() {
    for (size_t i = 0; i < words_.size(); ++i) {
      if (i == 0) { words_[i].sentence_start = true; continue; }
      // A line break, a stop, or a period not after an abbreviation (St., U.S.) starts one.
      const uint8_t g = gap(i - 1);
      const bool abbreviation = words_[i - 1].t.end - words_[i - 1].t.start <= 3 && words_[i - 1].t.capitalised;
      const bool start = (g & (kGapNewline | kGapStop)) || ((g & kGapPeriod) && !abbreviation);
      // A line opening with a quote or dash starts a sentence too.
      words_[i].sentence_start = start;
    }
    // Title-case lines (headlines): capitals there say nothing, treat every word as a start.
    size_t line_start = 0;
    for (size_t i = 0; i <= words_.size(); ++i) {
      const bool new_line = i == words_.size() || (i > 0 && (gap(i - 1) & kGapNewline));
      if (!new_line || i == line_start) continue;
      size_t caps = 0, long_words = 0;
      for (size_t k = line_start; k < i; ++k)
        if (words_[k].folded.size() > 3) {
          ++long_words;
          caps += words_[k].t.capitalised;
        }
      if (long_words >= 3 && caps * 5 >= long_words * 4)
        for (size_t k = line_start; k < i; ++k) words_[k].sentence_start = true;
      line_start = i;
    }
  }

  bool capitalised(size_t i) const { return words_[i].t.capitalised; }

  // A run of capitalised words that may be one proper name: [a, b).
  size_t run_end(size_t a) const {
    size_t b = a + 1;
    while (b < words_.size() && joins(b - 1)) {
      if (capitalised(b)) { ++b; continue; }
      // "Bridge of Friendship": a connector between capitalised words.
      if (is_connector(words_[b].folded, gap(b - 1) & kGapHyphen) && b + 1 < words_.size() && joins(b) && capitalised(b + 1)) {
        b += 2;
        continue;
      }
      break;
    }
    return b;
  }

  // "Donald Trump", "Paris Hilton" but not "Paris High School" or "Georgia Department": a given
  // name followed by one or two capitalised words that are not everyday words.
  bool given_name_and_surname(size_t a, size_t b) const {
    if (b - a < 2 || b - a > 4 || !lex_.given_names.contains(words_[a].folded) || whole_is_place(a, b)) return false;
    for (size_t k = a + 1; k < b; ++k) {
      const std::string_view f = words_[k].folded;
      if (lex_.common_words.contains(f) || lex_.organisation_words.contains(f) || lex_.place_words.contains(f) ||
          lex_.calendar_words.contains(f))
        return false;
    }
    return true;
  }

  bool place_cue_before(size_t a) const {
    if (a == 0 || gap(a - 1) != kGapSpace) return false;
    if (lex_.place_cues.contains(words_[a - 1].folded)) return true;
    return a >= 2 && gap(a - 2) == kGapSpace && lex_.place_cues.contains(join_folded(a - 2, a));
  }

  bool title_before(size_t a) const {
    if (a == 0) return false;
    if (!(gap(a - 1) & (kGapSpace | kGapDotSpace))) return false;
    if (lex_.person_titles.contains(words_[a - 1].folded)) return true;
    return a >= 2 && gap(a - 2) == kGapSpace && lex_.person_titles.contains(join_folded(a - 2, a));
  }

  // A media word right after a name makes it an outlet: "Yonhap news agency", "Rossiya-24 TV channel".
  bool media_word_after(size_t b) const {
    for (size_t k = b; k < words_.size() && k < b + 3; ++k) {
      if (k > 0 && (gap(k - 1) & kGapBreak)) return false;
      if (lex_.media_words.contains(words_[k].folded)) return true;
      const bool skippable = words_[k].t.upper || (!words_[k].folded.empty() && std::isdigit(static_cast<unsigned char>(words_[k].folded[0])));
      if (!skippable) return false;
    }
    return false;
  }

  std::string join_folded(size_t a, size_t b) const {
    std::string s;
    for (size_t k = a; k < b; ++k) {
      if (k > a) s += ' ';
      s += words_[k].folded;
    }
    return s;
  }

  // People and organisations, found once for the whole text: their words are never places,
  // and a person's surname alone (Putin, after Vladimir Putin) is not either. A place inside
  // an organisation's name ("the Texas Department of Health") is still a mention of the place;
  // only organisations known by name (outlets, agencies) hide theirs.
  void mask_people_and_organisations() {
    std::vector<std::pair<size_t, size_t>> people;
    for (size_t a = 0; a < words_.size();) {
      if (!capitalised(a)) { ++a; continue; }
      const size_t end = run_end(a);
      size_t b = end;
      // A title inside the run: what follows it is the person ("US President Donald Trump").
      for (size_t k = a; k + 1 < b; ++k)
        if (lex_.person_titles.contains(words_[k].folded)) {
          people.emplace_back(k + 1, b);
          b = k;
          break;
        }
      if (b > a) {
        if (title_before(a) || given_name_and_surname(a, b)) people.emplace_back(a, b);
        else if (media_word_after(end) && !whole_is_place(a, b))
          mask(a, b);
        // Known organisations anywhere in the run, up to four words long.
        for (size_t i = a; i < b; ++i)
          for (size_t j = i + 1; j <= b && j <= i + 4 && lex_.organisations.starts_an_entry(words_[i].folded); ++j)
            if (lex_.organisations.contains(join_folded(i, j))) mask(i, j);
      }
      a = end;
    }
    for (auto [a, b] : people) {
      mask(a, b);
      for (size_t k = a; k < b; ++k) person_words_.insert(std::string(words_[k].folded));
    }
    for (Word& w : words_)
      if (w.t.capitalised && person_words_.count(std::string(w.folded))) w.masked = true;
  }

  void mask(size_t a, size_t b) {
    for (size_t k = a; k < b; ++k) words_[k].masked = true;
  }

  const Lookup& lookup(std::string_view key) const { return cache_.lookup(key); }
  const std::vector<Posting>& candidates(size_t i) const { return cache_.candidates(words_[i].folded); }

  bool is_name_word(std::string_view f) const { return !lookup(f).postings.empty(); }
  bool is_name(size_t k) const { return is_name_word(words_[k].folded); }

  bool whole_is_place(size_t a, size_t b) const { return !lookup(join_folded(a, b)).postings.empty(); }

  // The longest gazetteer name starting at word i; sets next to the word after it.
  std::optional<RecognisedName> match_at(size_t i, size_t& next) {
    const Word& w = words_[i];
    if (!w.t.capitalised || w.masked) return std::nullopt;
    size_t best_end = 0;
    const std::vector<Posting>* best = nullptr;
    std::string key;
    for (size_t j = i; j < words_.size() && j < i + kMaxNameTokens; ++j) {
      if (j > i) {
        if (!joins(j - 1) || words_[j].masked) break;
        key += ' ';
      }
      key += words_[j].folded;
      const Lookup& l = lookup(key);
      // A name ends on a capitalised word (Gulf of Mexico, not "Gulf of").
      if (!l.postings.empty() && words_[j].t.capitalised) {
        best_end = j + 1;
        best = &l.postings;
      }
      if (!l.longer_keys) {
        // The skeleton may still match where the folded form did not (Hasan ~ Khasan).
        if (!best && j == i && !candidates(i).empty()) {
          best_end = j + 1;
          best = &candidates(i);
        }
        break;
      }
    }
    if (!best) return std::nullopt;
    // A one-word name: its transliteration variants too.
    if (best_end == i + 1 && candidates(i).size() > best->size()) best = &candidates(i);
    next = best_end;
    return accept(i, best_end, *best);
  }

  // The prior of the likeliest place a name may be.
  float best_importance(const std::vector<Posting>& postings) const {
    float best = 0;
    for (const Posting& p : postings) best = std::max(best, g_.importance(p.place));
    return best;
  }

  std::optional<RecognisedName> accept(size_t a, size_t b, std::vector<Posting> postings) const {
    const Word& first = words_[a];
    const Word& last = words_[b - 1];
    const bool single = b - a == 1;
    const std::string all = join_folded(a, b);
    if (lex_.organisations.contains(all)) return std::nullopt;
    if (single && (first.folded.size() < 2 || lex_.calendar_words.contains(first.folded) ||
                   lex_.person_titles.contains(first.folded)))
      return std::nullopt;
    // A name glued to a number is a product or channel (Rossiya-24, Apollo 11).
    if (b < words_.size() && joins(b - 1) && !words_[b].folded.empty() &&
        words_[b].folded.find_first_not_of("0123456789") == std::string_view::npos)
      return std::nullopt;
    // Part of a longer run of capitalised words that is not itself a place: the name of
    // something else (Kim Jong Un), unless the place is prominent enough to be a modifier
    // ("U.S. Census", "Russian President") or the run goes on to an organisation or place
    // word ("Alexandria Police", "Paris High School", "Fulton County").
    if (b < words_.size() && joins(b - 1) && capitalised(b) && !words_[b].masked &&
        !is_name(b)) {
      bool modifier = false;
      for (size_t k = b; k < run_end(a) && !modifier; ++k)
        modifier = lex_.organisation_words.contains(words_[k].folded) || lex_.place_words.contains(words_[k].folded) ||
                   lex_.person_titles.contains(words_[k].folded);
      const float best = best_importance(postings);
      if (!modifier && best < 0.45f) return std::nullopt;
    }
    // After a capitalised word that is neither a place, a title nor a sentence's start, a minor
    // place's name is part of a longer name ("Faubourg Marigny", "Stoneman Douglas").
    if (a > 0 && joins(a - 1) && capitalised(a - 1) && !words_[a - 1].sentence_start && !words_[a - 1].masked) {
      const std::string_view f = words_[a - 1].folded;
      const float best = best_importance(postings);
      if (best < 0.45f && !is_name_word(f) && !lex_.person_titles.contains(f) && !lex_.place_words.contains(f) &&
          !lex_.place_cues.contains(f))
        return std::nullopt;
    }
    // Abbreviations count only as written in capitals (DPRK, U.S.) or with their period (Tex.).
    const std::string_view surface = text_.substr(first.t.start, last.t.end - first.t.start);
    const bool dotted = last.t.end < text_.size() && text_[last.t.end] == '.';
    const bool caps = std::all_of(words_.begin() + a, words_.begin() + b, [](const Word& w) { return w.t.upper; });
    auto only_abbreviation = [](const Posting& p) {
      return (p.flags & kAbbreviation) && !(p.flags & (kPrimaryName | kAlternateName | kDemonym));
    };
    const bool shouting = caps && a > 0 && words_[a - 1].t.upper && b < words_.size() && words_[b].t.upper;
    postings.erase(std::remove_if(postings.begin(), postings.end(),
                                  [&](const Posting& p) {
                                    return only_abbreviation(p) && (!(caps || dotted) || (shouting && !dotted));
                                  }),
                   postings.end());
    // A short word in capitals, or one with an abbreviation's period, is an abbreviation (US is
    // not the village Us, IRS no town, "Kan." Kansas): names that are not abbreviations drop out,
    // unless the whole line is in capitals (a shouted headline: NEWARK).
    const bool has_abbreviation =
        std::any_of(postings.begin(), postings.end(), [](const Posting& p) { return p.flags & kAbbreviation; });
    if ((caps && surface.size() <= 4 && !shouting) || (dotted && has_abbreviation && surface.size() <= 5))
      postings.erase(std::remove_if(postings.begin(), postings.end(),
                                    [](const Posting& p) { return !(p.flags & kAbbreviation); }),
                     postings.end());
    if (postings.empty()) return std::nullopt;
    // Common words capitalised only because a sentence or headline starts with them.
    // A lone given name (Keith, Barry, Julia) is a person unless the text sets it up as a place
    // ("in Keith") or the place is prominent (Florence, Sydney).
    if (single && lex_.given_names.contains(first.folded) && !place_cue_before(a)) {
      const float best = best_importance(postings);
      if (best < 0.5f) return std::nullopt;
    }
    // An everyday word after another capitalised one is part of that name ("Alexandria Police",
    // "Medical Center"), not a place of its own.
    if (single && a > 0 && joins(a - 1) && capitalised(a - 1) && lex_.common_words.contains(first.folded))
      return std::nullopt;
    // Mid-sentence capitals are better evidence than a sentence's first word.
    if (single && lex_.common_words.contains(first.folded) && !first.t.upper) {
      const float best = best_importance(postings);
      if (best < (first.sentence_start ? 0.5f : 0.35f)) return std::nullopt;
    }
    RecognisedName n;
    n.start = first.t.start;
    n.end = last.t.end;
    n.demonym = std::all_of(postings.begin(), postings.end(), [](const Posting& p) { return p.flags & kDemonym; });
    n.candidates = std::move(postings);
    return n;
  }

  std::string_view text_;
  const Gazetteer& g_;
  const Lexicons& lex_;
  std::string folded_text_;
  std::vector<Word> words_;
  std::unordered_set<std::string>& person_words_;
  NameCache& cache_;
};

}  // namespace

std::vector<RecognisedName> Recogniser::find(std::string_view text, size_t from, size_t to) const {
  if (from >= to || to > text.size()) return {};
  // Long texts are read in windows that end at a line break, so memory stays bounded by the
  // window, not the text; people met in one window stay people in the next.
  constexpr size_t kWindow = 256 * 1024;
  std::unordered_set<std::string> people;
  std::vector<RecognisedName> out;
  while (from < to) {
    size_t end = to;
    if (to - from > kWindow) {
      end = text.rfind('\n', from + kWindow);
      if (end == std::string_view::npos || end <= from) end = text.find_first_of(" \t\n", from + kWindow);
      end = end == std::string_view::npos || end > to ? to : end + 1;
    }
    cache_.trim();  // between windows, where no look-up is held
    for (RecognisedName& n : Scan(text, from, end, g_, lex_, people, cache_).run()) out.push_back(std::move(n));
    from = end;
  }
  return out;
}

}  // namespace storymap
