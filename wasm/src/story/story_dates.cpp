#include "story/story_dates.hpp"

#include <map>

namespace storymap {

std::vector<ArticleDate> date_articles(const std::vector<Article>& articles, const std::string& fallback) {
  std::vector<ArticleDate> dates;
  std::map<std::string, int> votes;  // full dates the dated articles give
  for (const Article& a : articles) {
    ArticleDate d = find_article_date(a.header_date, std::string_view(a.text).substr(a.body_start));
    if (d.date.full()) ++votes[d.date.iso()];
    dates.push_back(std::move(d));
  }
  // The date most sister articles share stands for the undated ones: a story's articles
  // are written about the same days.
  std::string shared;
  int best = 0;
  for (const auto& [iso, n] : votes)
    if (n > best) { shared = iso; best = n; }
  const auto given = Date::parse_iso(fallback);
  for (ArticleDate& d : dates) {
    if (d.date.known()) continue;
    if (given) {
      d.date = *given;
      d.basis = "header";
    } else if (!shared.empty()) {
      d.date = *Date::parse_iso(shared);
      d.basis = "inferred";
    } else {
      d.basis = "unknown";
    }
  }
  return dates;
}

}  // namespace storymap
