#include "time/article_date.hpp"

#include <algorithm>
#include <vector>

#include "time/calendar_match.hpp"
#include "time/calendar_names.hpp"
#include "time/tokens.hpp"

namespace storymap {
namespace {

using timetext::DateMatch;
using timetext::Tokens;

// Datelines sit in the first lines; a date further in is an event the article reports.
constexpr size_t kDatelineBytes = 600;
// Room for a date that starts inside the window to finish.
constexpr size_t kDateSlack = 64;

// The opening of the body, tokenized; dates must start within kDatelineBytes.
struct Opening {
  explicit Opening(std::string_view body)
      : tokens(body.substr(0, std::min(body.size(), kDatelineBytes + kDateSlack))),
        whole(body.size() <= kDatelineBytes + kDateSlack) {}
  bool in_window(size_t i) const { return tokens.start(i) < kDatelineBytes; }
  Tokens tokens;
  bool whole;  // the window holds all of the body
};

bool is_date_label(const Tokens& t, size_t i) {
  return t.is_any(i, {"date", "dated", "updated", "published", "posted", "modified", "created"});
}

size_t line_start(const Tokens& t, size_t i) {
  while (!t.starts_line(i)) --i;
  return i;
}

// "on April 24, 2019" dates an event, except after a label ("Published on April 24, 2019").
bool after_preposition(const Tokens& t, size_t i) {
  if (i == 0 || !t.is_any(i - 1, {"on", "in", "since", "until", "till", "by", "from", "before",
                                  "after", "of", "between", "and", "to", "through", "during",
                                  "around", "at"})) {
    return false;
  }
  return !(i >= 2 && is_date_label(t, i - 2));
}

// Where datelines stand: opening a line, on a line opened by a label ("Updated 10:32 AM ET,
// Wed April 24, 2019"), or followed by the agency ("(Reuters)"), a dash or a line break.
bool in_dateline_position(const Opening& o, const DateMatch& m) {
  const Tokens& t = o.tokens;
  const size_t first = line_start(t, m.first);
  if (first == m.first || is_date_label(t, first)) return true;
  if (m.last >= t.size()) return o.whole;
  return t.starts_line(m.last) || t.is_punct(m.last, '(') || t.is_dash(m.last) ||
         t.is_punct(m.last, '|');
}

bool has_full_date(const DateMatch& m) { return m.year != 0 && m.day != 0; }

Date to_date(const DateMatch& m) { return Date{m.year, m.month, m.day}; }

std::optional<Date> date_in_header(std::string_view header) {
  const Tokens t(header);
  for (size_t i = 0; i < t.size(); ++i) {
    const auto m = timetext::match_calendar_date(t, i);
    if (m && has_full_date(*m)) return to_date(*m);
  }
  return std::nullopt;
}

// The dates written in the opening that are not the objects of a preposition, in text order.
std::vector<DateMatch> opening_dates(const Opening& o) {
  std::vector<DateMatch> dates;
  for (size_t i = 0; i < o.tokens.size() && o.in_window(i); ++i) {
    const auto m = timetext::match_calendar_date(o.tokens, i);
    if (!m) continue;
    if (!after_preposition(o.tokens, m->first)) dates.push_back(*m);
    i = m->last - 1;
  }
  return dates;
}

// A full date in dateline position first; else the first full date of the opening that no
// preposition ties to an event (a photo caption's "Vladivostok, Russia, April 24, 2019").
std::optional<Date> date_in_dateline(std::string_view body) {
  const Opening o(body);
  const std::vector<DateMatch> dates = opening_dates(o);
  for (const DateMatch& m : dates) {
    if (has_full_date(m) && in_dateline_position(o, m)) return to_date(m);
  }
  for (const DateMatch& m : dates) {
    if (has_full_date(m)) return to_date(m);
  }
  return std::nullopt;
}

// A weekday alone opening a line: "Wednesday, 10:32 AM", "Wednesday (AP) -".
int weekday_dateline(const Opening& o, size_t i) {
  const Tokens& t = o.tokens;
  if (!t.starts_line(i) || !t.is_word(i)) return -1;
  const int weekday = timetext::weekday_number(t.at(i), false);
  if (weekday < 0) return -1;
  const size_t next = i + 1;
  const bool ends = next >= t.size() ? o.whole : t.starts_line(next);
  return ends || t.is_punct(next, ',') || t.is_punct(next, '(') || t.is_dash(next) ? weekday : -1;
}

}  // namespace

ArticleDate find_article_date(std::string_view header_date, std::string_view body) {
  if (auto d = date_in_header(header_date)) return {*d, "header"};
  if (auto d = date_in_dateline(body)) return {*d, "dateline"};
  return {Date{}, "unknown"};
}

std::optional<PartialDate> find_partial_dateline(std::string_view body) {
  const Opening o(body);
  for (const DateMatch& m : opening_dates(o)) {
    if (m.day != 0 && in_dateline_position(o, m)) return PartialDate{m.month, m.day, m.weekday};
  }
  for (size_t i = 0; i < o.tokens.size() && o.in_window(i); ++i) {
    const int weekday = weekday_dateline(o, i);
    if (weekday >= 0) return PartialDate{0, 0, weekday};
  }
  return std::nullopt;
}

}  // namespace storymap
