#include "story/source_credit.hpp"

#include <algorithm>
#include <vector>

namespace storymap {
namespace {

// Where a credit stands, most specific first.
enum Rank { kDateline = 0, kSignOff = 1, kPromotion = 2, kCaption = 3, kNone = 4 };

// How far into the body a dateline credit may stand.
constexpr size_t kDatelineBytes = 400;
// Lines longer than this are prose, not a credit line.
constexpr size_t kMaxCreditLine = 60;

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

std::string_view trim(std::string_view s, std::string_view extra = "") {
  auto strip = [&](char c) { return is_space(c) || extra.find(c) != std::string_view::npos; };
  while (!s.empty() && strip(s.front())) s.remove_prefix(1);
  while (!s.empty() && strip(s.back())) s.remove_suffix(1);
  return s;
}

bool is_word_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         static_cast<unsigned char>(c) >= 0x80;
}

// Starts of the words of s (a word: letters, digits, hyphens and periods inside).
std::vector<size_t> word_starts(std::string_view s) {
  std::vector<size_t> out;
  for (size_t i = 0; i < s.size(); ++i)
    if (is_word_char(s[i]) && (i == 0 || !(is_word_char(s[i - 1]) || s[i - 1] == '-' || s[i - 1] == '.')))
      out.push_back(i);
  return out;
}

// The outlet named by the last words of s, trying the longest tail first.
const std::string* outlet_at_end(std::string_view s, const NameList& outlets) {
  s = trim(s, ".,;:)(/|-");
  const std::vector<size_t> starts = word_starts(s);
  const size_t n = std::min(starts.size(), outlets.max_words());
  for (size_t k = n; k >= 1; --k) {
    std::string_view tail = s.substr(starts[starts.size() - k]);
    if (tail.substr(0, 4) == "The " || tail.substr(0, 4) == "the ") tail.remove_prefix(4);
    if (const std::string* o = outlets.find(tail)) return o;
  }
  return nullptr;
}

// A caption's credit is written in capitals or follows a credit mark: "... 2019. REUTERS",
// "/ AP", "via AP", "Photo: AFP".
bool credit_marked(std::string_view line, std::string_view name_at_end) {
  const std::string_view before = trim(line.substr(0, line.size() - name_at_end.size()));
  if (before.empty()) return false;
  const bool capitals = std::none_of(name_at_end.begin(), name_at_end.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  const char last = before.back();
  if (capitals && name_at_end.size() > 2 && (last == '.' || last == '/' || last == '|')) return true;
  if (last == '/' || last == '|' || last == ':') return true;
  return before.size() >= 4 && (before.substr(before.size() - 4) == " via" || before.substr(before.size() - 4) == "/via");
}

struct Found {
  Rank rank = kNone;
  const std::string* outlet = nullptr;
  void offer(Rank r, const std::string* o) {
    if (o && r < rank) {
      rank = r;
      outlet = o;
    }
  }
};

// "(Reuters) -", "(AP) —" near the start of the body.
void find_dateline(std::string_view body, const NameList& outlets, Found& f) {
  const std::string_view head = body.substr(0, kDatelineBytes);
  for (size_t open = head.find('('); open != std::string_view::npos; open = head.find('(', open + 1)) {
    const size_t close = head.find(')', open);
    if (close == std::string_view::npos) return;
    f.offer(kDateline, outlets.find(trim(head.substr(open + 1, close - open - 1))));
    if (f.rank == kDateline) return;
  }
}

// "Visit Business Insider's homepage for more stories."
const std::string* promotion(std::string_view line, const NameList& outlets) {
  const size_t visit = line.find("Visit ");
  if (visit == std::string_view::npos) return nullptr;
  const size_t mark = line.find("'s ", visit);
  const size_t curly = line.find("\xE2\x80\x99s ", visit);
  const size_t end = std::min(mark, curly);
  if (end == std::string_view::npos) return nullptr;
  return outlet_at_end(line.substr(visit + 6, end - visit - 6), outlets);
}

}  // namespace

std::string find_source_credit(const Article& a, const NameList& outlets) {
  const std::string_view body = std::string_view(a.text).substr(a.body_start);
  Found f;
  find_dateline(body, outlets, f);
  // The last non-empty line: a sign-off when it is nothing but a credit.
  size_t end = body.size();
  while (end > 0 && is_space(body[end - 1])) --end;
  const size_t last_start = body.rfind('\n', end == 0 ? 0 : end - 1);
  const std::string_view last = trim(body.substr(last_start == std::string_view::npos ? 0 : last_start + 1,
                                                 end - (last_start == std::string_view::npos ? 0 : last_start + 1)),
                                     "-\xE2\x80\x94()");
  if (last.size() <= kMaxCreditLine) {
    std::string_view name = last;
    for (std::string_view lead : {"Copyright ", "(c) ", "\xC2\xA9 ", "Source: ", "Credit: "})
      if (name.substr(0, lead.size()) == lead) name.remove_prefix(lead.size());
    name = trim(name, ".0123456789 ");
    if (name.substr(0, 4) == "The " || name.substr(0, 4) == "the ") name.remove_prefix(4);
    f.offer(kSignOff, outlets.find(name));
  }
  // Promotion lines and caption credits, line by line.
  size_t pos = 0;
  while (pos < body.size() && f.rank > kPromotion) {
    size_t eol = body.find('\n', pos);
    if (eol == std::string_view::npos) eol = body.size();
    const std::string_view line = trim(body.substr(pos, eol - pos));
    pos = eol + 1;
    if (line.empty()) continue;
    f.offer(kPromotion, promotion(line, outlets));
    if (f.rank <= kCaption) continue;
    const std::string_view stripped = trim(line, ".,;:)(/|-");
    if (const std::string* o = outlet_at_end(stripped, outlets)) {
      // The words the outlet was found in: the tail of the line as long as the outlet's name.
      const std::vector<size_t> starts = word_starts(stripped);
      const size_t words = std::count(o->begin(), o->end(), ' ') + 1;
      if (starts.size() > words &&
          credit_marked(stripped, stripped.substr(starts[starts.size() - words])))
        f.offer(kCaption, o);
    }
  }
  return f.outlet ? *f.outlet : std::string();
}

}  // namespace storymap
