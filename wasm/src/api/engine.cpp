#include "api/engine.hpp"

#include "api/geoparse_record.hpp"

#include "extractor/lexicon.hpp"
#include "extractor/recogniser.hpp"
#include "output/story_json.hpp"
#include "output/toponyms_json.hpp"
#include "resolver/resolver.hpp"
#include "story/article.hpp"
#include "story/story_builder.hpp"
#include "story/story_events.hpp"
#include "text/utf8.hpp"

namespace storymap {

struct Engine::Impl {
  explicit Impl(std::vector<uint8_t> bytes)
      : gazetteer(std::move(bytes)), lexicons(Lexicons::from(gazetteer)), recogniser(gazetteer, lexicons),
        resolver(gazetteer), event_lexicons(EventLexicons::from(gazetteer, lexicons)),
        corridors(load_corridors(gazetteer)) {}
  Gazetteer gazetteer;
  Lexicons lexicons;
  Recogniser recogniser;
  Resolver resolver;
  EventLexicons event_lexicons;
  std::vector<Corridor> corridors;
};

Engine::Engine(std::vector<uint8_t> bytes) : impl_(std::make_unique<Impl>(std::move(bytes))) {}
Engine::~Engine() = default;
Engine::Engine(Engine&&) noexcept = default;

const Gazetteer& Engine::gazetteer() const { return impl_->gazetteer; }

std::string Engine::story(std::vector<ArticleInput> articles, const StoryOptions& options) const {
  Story s = build_story(std::move(articles), options, impl_->recogniser, impl_->resolver);
  add_events(s, impl_->gazetteer, impl_->event_lexicons, impl_->corridors);
  return story_json(s, impl_->gazetteer).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string Engine::toponyms_json(std::string_view text) const {
  std::string out;
  append_toponyms_json(out, text, impl_->resolver.resolve(text, impl_->recogniser.find(text, 0, text.size())),
                       impl_->gazetteer);
  return out;
}

nlohmann::ordered_json Engine::toponyms(std::string_view text) const {
  return nlohmann::ordered_json::parse(toponyms_json(text));
}

std::string Engine::geoparse_line(std::string_view line) const {
  const GeoparseRecord record = read_geoparse_record(line);
  std::string out = "{\"id\":" + record.id_json + ",\"toponyms\":";
  out += toponyms_json(record.text);
  out += '}';
  return out;
}

}  // namespace storymap
