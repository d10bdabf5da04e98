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

// The cues of a tokenized sentence in token order: future ("will", "would", "may", "is due to",
// "is expected to", "set to", "plans to", schedule verbs in the present: "leaves", "departs"),
// past ("was", "had", "ago", irregular past forms, "-ed" verbs).
std::vector<TenseCue> find_tense_cues(const Tokens& t);

// The tense governing tokens [first, last): the nearest cue on either side (weak cues count at
// twice their distance, attribution verbs only before the expression, ties go to the past);
// None when no cue lies within a clause-sized window.
Tense tense_near(const std::vector<TenseCue>& cues, size_t first, size_t last);

}  // namespace storymap::timetext
