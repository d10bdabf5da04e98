// Meetings and summits in one sentence: "met Trump in Singapore last June", "his March summit
// with Trump in Vietnam", "Vladivostok, where he is due to meet Putin on Thursday".
#pragma once
#include <vector>

#include "story/event_claims.hpp"
#include "story/event_lexicons.hpp"
#include "story/sentence_facts.hpp"

namespace storymap {

// The meeting words of a sentence (meeting_words.txt); "plural" and "none" entries dropped
// ("both his summits" is no one event).
std::vector<Cue> find_meeting_cues(const SentenceTokens& t, const EventLexicons& lex);

// One claim per meeting word that names at least one participant. `travel` holds the
// sentence's travel claims: "set off for Vladivostok for his summit" puts the summit there.
std::vector<MeetingClaim> find_meetings(const SentenceFacts& f, const std::vector<Cue>& cues,
                                        const std::vector<TravelClaim>& travel, const EventLexicons& lex,
                                        const People& people, const Gazetteer& g, const ReadingContext& ctx);

}  // namespace storymap
