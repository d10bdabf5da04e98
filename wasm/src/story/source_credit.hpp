// The outlet an article credits when it has no Source: header: a dateline credit
// "(Reuters) -", a sign-off line ("Agencies"), a promotion line ("Visit Business Insider's
// homepage"), or a photo caption's credit ("... April 24, 2019. REUTERS").
#pragma once
#include <string>

#include "story/article.hpp"
#include "story/event_lexicons.hpp"

namespace storymap {

// The credited outlet as the outlet list spells it, or "" when the text credits none. When
// several credits appear the most specific position wins: dateline, then sign-off line, then
// promotion line, then caption credit; within one kind the first in the text.
std::string find_source_credit(const Article& a, const NameList& outlets);

}  // namespace storymap
