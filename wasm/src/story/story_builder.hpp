// Reads a story's articles: dates them, finds and resolves their places.
#pragma once
#include <vector>

#include "api/engine.hpp"
#include "extractor/recogniser.hpp"
#include "resolver/resolver.hpp"
#include "story/story.hpp"

namespace storymap {

// Throws InputError "<file>: <problem>" for an article that cannot be read.
Story build_story(std::vector<ArticleInput> inputs, const StoryOptions& options, const Recogniser& recogniser,
                  const Resolver& resolver);

}  // namespace storymap
