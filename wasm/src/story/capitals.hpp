// Capitals by country, for "the Chinese capital", "the Samoan capital".
#pragma once
#include <cstdint>
#include <map>
#include <string>
#include <string_view>

#include "gazetteer/gazetteer.hpp"

namespace storymap {

class Capitals {
 public:
  explicit Capitals(const Gazetteer& g) : g_(g) {}
  // The capital (GeoNames PPLC) of a country code; 0xFFFFFFFF when the gazetteer has none.
  // The gazetteer is read once, the first time a capital is asked for.
  uint32_t of(std::string_view country) const;
  const Gazetteer& gazetteer() const { return g_; }

 private:
  const Gazetteer& g_;
  mutable bool loaded_ = false;
  mutable std::map<std::string, uint32_t, std::less<>> capitals_;
};

}  // namespace storymap
