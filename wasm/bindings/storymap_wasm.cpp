// The WebAssembly face of the engine (embind), for the page's Web Worker and for Node.
// Every call returns a string; failures come back as {"error": "..."} rather than as
// exceptions, so JavaScript sees one shape whatever happens.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "api/engine.hpp"
#include "story/article.hpp"

namespace {

std::unique_ptr<storymap::Engine> engine;

std::string error_json(const std::string& message) {
  return nlohmann::json({{"error", message}}).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// The bytes of a Uint8Array, copied in by TypedArray.set (embind's std::string conversion
// copies a byte at a time in JavaScript, 11 MB of it for the gazetteer). Anything else is
// taken as String(value), UTF-8 encoded.
template <typename Bytes>
Bytes bytes_of(const emscripten::val& v) {
  if (!v.instanceof(emscripten::val::global("Uint8Array"))) {
    const std::string text = emscripten::val::global("String")(v).as<std::string>();
    return Bytes(text.begin(), text.end());
  }
  const size_t n = v["length"].as<size_t>();
  Bytes b(n, 0);
  if (n) emscripten::val(emscripten::typed_memory_view(n, reinterpret_cast<unsigned char*>(b.data()))).call<void>("set", v);
  return b;
}

// bytes: the gazetteer file (a Uint8Array on the JavaScript side). "" when it loaded.
std::string load_gazetteer(const emscripten::val& file) {
  try {
    engine = std::make_unique<storymap::Engine>(bytes_of<std::vector<uint8_t>>(file));
    return "";
  } catch (const std::exception& e) {
    engine.reset();
    return e.what();
  }
}

// Articles are handed over one by one as raw bytes (a Uint8Array, or a string that embind
// encodes as UTF-8), so the engine judges bad input exactly as the native build does.
std::vector<storymap::ArticleInput> articles;

void clear_articles() { articles.clear(); }

void add_article(const std::string& file, const emscripten::val& bytes) { articles.push_back({file, bytes_of<std::string>(bytes)}); }

// The story JSON of the articles added since the last clear; date as the --date option ("" for none).
std::string build_story(const std::string& date) {
  if (!engine) return error_json("no gazetteer loaded");
  try {
    storymap::StoryOptions options;
    options.date = date;
    return engine->story(articles, options);
  } catch (const std::exception& e) {
    return error_json(e.what());
  }
}

// One JSON Lines record in, one out (as `storymap geoparse`).
// (A line is short: embind's own copy beats the round trips through JavaScript of bytes_of.)
std::string geoparse_line(const std::string& line) {
  if (!engine) return error_json("no gazetteer loaded");
  try {
    return engine->geoparse_line(line);
  } catch (const std::exception& e) {
    return error_json(e.what());
  }
}

}  // namespace

EMSCRIPTEN_BINDINGS(storymap) {
  emscripten::function("loadGazetteer", &load_gazetteer);
  emscripten::function("clearArticles", &clear_articles);
  emscripten::function("addArticle", &add_article);
  emscripten::function("buildStory", &build_story);
  emscripten::function("geoparseLine", &geoparse_line);
}
