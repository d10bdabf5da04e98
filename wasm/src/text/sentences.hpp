// Sentence boundaries, for excerpts and for the context the recogniser and event builder read.
#pragma once
#include <cstddef>
#include <string_view>
#include <utility>
#include <vector>

namespace storymap {

// [start, end) byte ranges of the sentences of text[from, to), trimmed of surrounding space.
// A line break always ends a sentence; '.', '!' or '?' ends one when followed by space and
// an upper-case letter, digit or quote, unless the word before it is an abbreviation
// (Mr., St., U.S., Gov., Jan.) or a single letter.
std::vector<std::pair<size_t, size_t>> split_sentences(std::string_view text, size_t from, size_t to);

}  // namespace storymap
