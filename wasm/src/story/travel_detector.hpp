// Travel language in one sentence ("arrived in", "left ... for", "travelled from ... to",
// "passed through", "returned home"): who went where, in which role, by what mode, when.
#pragma once
#include <vector>

#include "story/event_claims.hpp"
#include "story/event_lexicons.hpp"
#include "story/person_names.hpp"
#include "story/sentence_facts.hpp"
#include "story/subject_finder.hpp"

namespace storymap {

// The travel words of a sentence (travel_verbs.txt), longest match first, "none" entries
// dropped. Their tokens become date anchors before find_travel runs.
std::vector<Cue> find_travel_cues(const SentenceTokens& t, const EventLexicons& lex);

// The claims the sentence makes; `cues` from find_travel_cues, times assigned.
std::vector<TravelClaim> find_travel(const SentenceFacts& f, const std::vector<Cue>& cues, const EventLexicons& lex,
                                     const ReadingContext& ctx);

// The first token of the clause holding `token`: after the last comma, semicolon or dash.
size_t clause_start(const SentenceTokens& t, size_t token);

// The mode a sentence names around a cue: the cue itself ("flew"), else the first mode word.
std::string mode_near(const SentenceFacts& f, const Cue& cue, const EventLexicons& lex);

}  // namespace storymap
