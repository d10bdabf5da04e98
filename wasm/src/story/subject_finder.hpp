// Who a verb is about: the nearest name before it that is no object ("met Olaf Scholz"),
// what a pronoun or "the minister" refers back to, a named vessel for "the ship".
#pragma once
#include <cstddef>

#include "story/event_claims.hpp"
#include "story/event_lexicons.hpp"
#include "story/sentence_facts.hpp"

namespace storymap {

// The person a verb at `token` is about: the nearest name before it that is no object
// ("with Putin", "by Trutnev"), else what a pronoun refers back to; ReadingContext::kNone when
// the sentence names nobody.
size_t subject_before(const SentenceFacts& f, size_t token, const EventLexicons& lex, const ReadingContext& ctx);

}  // namespace storymap
