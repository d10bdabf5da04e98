// English month and weekday names: language facts, not data about any story.
#pragma once
#include <string_view>

namespace storymap::timetext {

// "April", "APRIL" (capitalised or all capitals, as names are written); not "april" or "aPRIL".
bool is_name_cased(std::string_view word);

// 1..12 for a full month name ("April"), or an abbreviation ("Apr", "Sept") when
// allow_abbreviation; 0 otherwise. The word must be name-cased.
int month_number(std::string_view word, bool allow_abbreviation);

// 0 (Monday) .. 6 (Sunday) for a full weekday name ("Wednesday"), or an abbreviation
// ("Wed", "Thurs") when allow_abbreviation; -1 otherwise. The word must be name-cased.
int weekday_number(std::string_view word, bool allow_abbreviation);

}  // namespace storymap::timetext
