// Words of a text with their byte offsets: the units the recogniser matches names on.
#pragma once
#include <cstddef>
#include <string_view>
#include <vector>

namespace storymap {

struct Token {
  size_t start = 0, end = 0;  // byte offsets; the token is letters and digits only
  bool capitalised = false;   // first letter upper case (Latin, any diacritics)
  bool upper = false;         // every letter upper case (DPRK, US)
  bool possessive = false;    // followed by 's or ' (Russia's)
};

// Splits on everything that is not a letter or digit. Apostrophes inside a word (O'Hare, Xi'an)
// stay in it; a trailing 's or ' marks the token possessive instead.
std::vector<Token> tokenize(std::string_view text);

}  // namespace storymap
