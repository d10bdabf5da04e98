// The engine's public face: one object holding the gazetteer and lexicons, turning articles
// into story JSON and text into toponyms. Works on buffers; callers do the I/O.
#pragma once
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "gazetteer/gazetteer.hpp"

namespace storymap {

struct ArticleInput {
  std::string file;  // name shown in errors and the story's article list
  std::string text;  // raw bytes as read
};

struct StoryOptions {
  std::string date;  // YYYY-MM-DD: the date of articles that give none (the --date option)
};

class Engine {
 public:
  // Throws GazetteerError when the file is not a usable gazetteer.
  explicit Engine(std::vector<uint8_t> gazetteer_bytes);
  ~Engine();
  Engine(Engine&&) noexcept;

  // Story JSON (a GeoJSON FeatureCollection, see README). Throws InputError whose message
  // starts with the offending article's file name.
  std::string story(std::vector<ArticleInput> articles, const StoryOptions& options = {}) const;

  // The toponyms of one text: [{"start","end","text","name","lat","lon","country","type","geonameid"?}],
  // as JSON text, and as a document.
  std::string toponyms_json(std::string_view text) const;
  nlohmann::ordered_json toponyms(std::string_view text) const;

  // One JSON Lines record in, one out (see README: `storymap geoparse`). Throws InputError.
  std::string geoparse_line(std::string_view line) const;

  const Gazetteer& gazetteer() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace storymap
