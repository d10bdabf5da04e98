// A hash for the engine's many short keys (words, folded names): eight bytes at a time,
// multiply and shift. The standard library's is a general-purpose byte hash, which shows in
// the WebAssembly build's profile.
#pragma once
#include <cstdint>
#include <cstring>
#include <string_view>

namespace storymap {

struct StringHash {
  size_t operator()(std::string_view s) const noexcept {
    uint64_t h = 0x9E3779B97F4A7C15ull ^ s.size();
    size_t i = 0;
    for (; i + 8 <= s.size(); i += 8) {
      uint64_t v;
      std::memcpy(&v, s.data() + i, 8);
      h = (h ^ v) * 0xBF58476D1CE4E5B9ull;
      h ^= h >> 31;
    }
    if (i < s.size()) {
      uint64_t v = 0;
      std::memcpy(&v, s.data() + i, s.size() - i);
      h = (h ^ v) * 0x94D049BB133111EBull;
      h ^= h >> 29;
    }
    return size_t(h ^ (h >> 32));
  }
};

}  // namespace storymap
