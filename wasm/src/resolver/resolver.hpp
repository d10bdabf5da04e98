// Chooses which place each recognised name means, from prior importance and the context of
// the text: countries and regions it names, qualifiers (Paris, Texas), and how close the
// candidates lie to the text's other places.
#pragma once
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "extractor/recognised_name.hpp"
#include "gazetteer/gazetteer.hpp"

namespace storymap {

struct ResolvedName {
  size_t start = 0, end = 0;
  uint32_t place = 0;
  bool demonym = false;
  float confidence = 0;  // margin of the chosen candidate over the next, in [0,1]
};

// Countries named elsewhere in the story, with weights, to help an article that names few.
// (Looked up by string_view: std::less<> compares without building a string.)
using CountryContext = std::map<std::string, float, std::less<>>;

class Resolver {
 public:
  explicit Resolver(const Gazetteer& g) : g_(g) {}

  std::vector<ResolvedName> resolve(std::string_view text, const std::vector<RecognisedName>& names,
                                    const CountryContext& story = {}) const;

  // The countries a text's names point to, for its sister articles.
  CountryContext countries_of(const std::vector<RecognisedName>& names) const;

 private:
  const Gazetteer& g_;
};

}  // namespace storymap
