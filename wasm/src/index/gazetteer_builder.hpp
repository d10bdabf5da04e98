// Packs places from every source, and the engine's text resources, into one gazetteer file.
#pragma once
#include <cstdint>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "index/source_place.hpp"

namespace storymap {

class GazetteerBuilder {
 public:
  void add(SourcePlace place);

  // Adds a name to the most important place called `target` in `country` (any country if
  // empty). Returns false when no such place was added before.
  bool add_alias(const std::string& alias, const std::string& target, const std::string& country,
                 uint8_t flags);

  // A text file the engine reads at run time (lexicons, corridors), stored by name.
  void add_resource(const std::string& name, std::string text);

  size_t size() const { return places_.size(); }

  // The file's bytes; see gazetteer/format.hpp.
  std::vector<uint8_t> build() const;

 private:
  std::vector<SourcePlace> places_;
  std::map<std::string, std::string> resources_;
  std::unordered_multimap<std::string, size_t> by_name_;  // folded display name -> place
};

}  // namespace storymap
