// Dates of a story's articles: each article's own, else the one its sister articles share.
#pragma once
#include <string>
#include <vector>

#include "story/article.hpp"
#include "time/article_date.hpp"

namespace storymap {

// fallback: the date given by the user for articles without one ("" for none).
std::vector<ArticleDate> date_articles(const std::vector<Article>& articles, const std::string& fallback);

}  // namespace storymap
