// Whether a sentence speaks of the past or the future around a time expression, from the
// verbs and modals near it. Decides "on Friday" = the Friday before or after the article.
#pragma once
#include <cstddef>
#include <vector>

#include "time/tokens.hpp"

namespace storymap::timetext {

enum class Tense { None, Past, Future };

struct TenseCue {
  size_t token = 0;
  Tense tense = Tense::None;
  bool weak = false;         // a regular "-ed" form: often an adjective ("armored train")
  bool attribution = false;  // "said", "reported": governs what follows, not a trailing ", he said"
};

// The tense cues of a tokenized sentence: future ("will", "would", "may", "is due to",
// "is expected to", "set to", "plans to", schedule verbs in the present: "leaves", "departs"),
// past ("was", "had", "ago", irregular past forms, "-ed" verbs).
class TenseCues {
 public:
  explicit TenseCues(const Tokens& t);

  // The tense governing tokens [first, last): that of the nearest cue on either side. Weak cues
  // count at twice their distance, each clause mark (comma, dash, quote ...) between adds to it,
  // attribution verbs count only before the expression, ties go to the past. None when no cue
  // lies within a clause-sized window.
  Tense near(size_t first, size_t last) const;

 private:
  size_t weight(const TenseCue& cue, size_t from, size_t to) const;

  std::vector<TenseCue> cues_;  // in token order
  std::vector<size_t> marks_;   // marks_[i]: clause marks among tokens [0, i)
};

}  // namespace storymap::timetext
