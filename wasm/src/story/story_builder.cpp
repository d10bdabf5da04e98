#include "story/story_builder.hpp"

#include "story/story_dates.hpp"

namespace storymap {

Story build_story(std::vector<ArticleInput> inputs, const StoryOptions& options, const Recogniser& recogniser,
                  const Resolver& resolver) {
  if (inputs.empty()) throw InputError("no articles given");
  if (!options.date.empty() && !Date::parse_iso(options.date))
    throw InputError("--date " + options.date + ": expected YYYY-MM-DD");
  Story story;
  for (ArticleInput& in : inputs) {
    try {
      story.articles.push_back(parse_article(in.file, std::move(in.text)));  // one copy of a long text, not two
    } catch (const InputError& e) {
      throw InputError(in.file + ": " + e.what());
    }
  }
  story.dates = date_articles(story.articles, options.date);

  // Names first for every article, so each can be resolved knowing its sisters' countries.
  std::vector<std::vector<RecognisedName>> names;
  std::vector<CountryContext> countries;
  for (const Article& a : story.articles) {
    names.push_back(recogniser.find(a.text, a.body_start, a.text.size()));
    countries.push_back(resolver.countries_of(names.back()));
  }
  for (size_t i = 0; i < story.articles.size(); ++i) {
    CountryContext sisters;
    for (size_t j = 0; j < countries.size(); ++j)
      if (j != i)
        for (const auto& [cc, w] : countries[j]) sisters[cc] += w;
    const Article& a = story.articles[i];
    for (const ResolvedName& r : resolver.resolve(a.text, names[i], sisters))
      story.mentions.push_back({i, r.start, r.end, a.sentence_at(r.start), r.place, r.demonym});
    std::vector<RecognisedName>().swap(names[i]);  // done with: a long text has many
  }
  return story;
}

}  // namespace storymap
