#include "time/calendar_names.hpp"

#include <cstddef>

namespace storymap::timetext {
namespace {

struct Name {
  std::string_view text;  // lower case
  int value;
  bool abbreviation;
};

constexpr Name kMonths[] = {
    {"january", 1, false},   {"february", 2, false}, {"march", 3, false},    {"april", 4, false},
    {"may", 5, false},       {"june", 6, false},     {"july", 7, false},     {"august", 8, false},
    {"september", 9, false}, {"october", 10, false}, {"november", 11, false},
    {"december", 12, false},
    {"jan", 1, true},        {"feb", 2, true},       {"mar", 3, true},       {"apr", 4, true},
    {"jun", 6, true},        {"jul", 7, true},       {"aug", 8, true},       {"sep", 9, true},
    {"sept", 9, true},       {"oct", 10, true},      {"nov", 11, true},      {"dec", 12, true},
};

constexpr Name kWeekdays[] = {
    {"monday", 0, false}, {"tuesday", 1, false}, {"wednesday", 2, false}, {"thursday", 3, false},
    {"friday", 4, false}, {"saturday", 5, false}, {"sunday", 6, false},
    {"mon", 0, true},     {"tue", 1, true},      {"tues", 1, true},       {"wed", 2, true},
    {"weds", 2, true},    {"thu", 3, true},      {"thur", 3, true},       {"thurs", 3, true},
    {"fri", 4, true},     {"sat", 5, true},      {"sun", 6, true},
};

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
char to_lower(char c) { return is_upper(c) ? static_cast<char>(c - 'A' + 'a') : c; }

bool equals_lower(std::string_view word, std::string_view lower) {
  if (word.size() != lower.size()) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    if (to_lower(word[i]) != lower[i]) return false;
  }
  return true;
}

template <size_t N>
int lookup(const Name (&table)[N], std::string_view word, bool allow_abbreviation, int none) {
  if (!is_name_cased(word)) return none;
  for (const Name& name : table) {
    if ((allow_abbreviation || !name.abbreviation) && equals_lower(word, name.text)) {
      return name.value;
    }
  }
  return none;
}

}  // namespace

bool is_name_cased(std::string_view word) {
  if (word.size() < 2 || !is_upper(word[0])) return false;
  bool all_lower = true, all_upper = true;
  for (size_t i = 1; i < word.size(); ++i) {
    all_lower = all_lower && is_lower(word[i]);
    all_upper = all_upper && is_upper(word[i]);
  }
  return all_lower || all_upper;
}

int month_number(std::string_view word, bool allow_abbreviation) {
  return lookup(kMonths, word, allow_abbreviation, 0);
}

int weekday_number(std::string_view word, bool allow_abbreviation) {
  return lookup(kWeekdays, word, allow_abbreviation, -1);
}

}  // namespace storymap::timetext
