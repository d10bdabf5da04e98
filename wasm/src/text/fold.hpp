// Name folding: the one normal form in which names are stored and looked up.
#pragma once
#include <string>
#include <string_view>

namespace storymap {

// Lower-case ASCII, diacritics removed (Kraków -> krakow, Zürich -> zurich),
// every run of punctuation or space one space (Xi'an -> xi an, Stratford-upon-Avon ->
// stratford upon avon), common abbreviations spelt out (St. -> saint, Mt -> mount, Ft -> fort).
// Returns "" when the name holds a letter outside the Latin script.
std::string fold(std::string_view name);
// Whether fold(word) == word: lower-case ASCII letters and digits, and not an abbreviation
// fold() spells out. Such a word needs no folding.
bool is_own_fold(std::string_view word);
// fold(name) appended to out, without a string of its own.
void fold_into(std::string_view name, std::string& out);

// A coarser key for transliteration variants, applied to a folded name: kh -> h (Khasan ~ Hasan),
// yo/io/jo -> e (Oryol ~ Orel), -iy/-yy/-ij -> -y, y/j between vowels kept, doubled letters single,
// "gj" -> "d" (GeoNames' ASCII for Đ), ph -> f, w -> v. Both sides of a lookup use it.
std::string skeleton(std::string_view folded);

// True when the text has at least one letter and every letter is Latin.
bool is_latin(std::string_view name);

}  // namespace storymap
