#include "story/capitals.hpp"

namespace storymap {

uint32_t Capitals::of(std::string_view country) const {
  if (!loaded_) {
    loaded_ = true;
    for (uint32_t i = 0; i < g_.size(); ++i) {
      const Place p = g_.place(i);
      if (p.feature_class != 'P' || p.feature_code != "PPLC" || p.country.empty()) continue;
      auto it = capitals_.find(p.country);
      // Of two capitals (seat of government, official capital) the more populous.
      if (it == capitals_.end() || g_.place(it->second).population < p.population)
        capitals_[std::string(p.country)] = i;
    }
  }
  auto it = capitals_.find(country);
  return it == capitals_.end() ? 0xFFFFFFFF : it->second;
}

}  // namespace storymap
