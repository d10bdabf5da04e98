// Everything the engine knows about a story before it is written out.
#pragma once
#include <vector>

#include "story/article.hpp"
#include "story/place_mention.hpp"
#include "time/article_date.hpp"

namespace storymap {

struct Story {
  std::vector<Article> articles;
  std::vector<ArticleDate> dates;       // one per article
  std::vector<PlaceMention> mentions;   // in article order, then text order
};

}  // namespace storymap
