// The engine over the gazetteer the build made (STORYMAP_GAZETTEER), loaded once per test run.
#pragma once
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <string>
#include <vector>

#include "api/engine.hpp"

namespace storymap::test {

inline std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

inline const Engine& engine() {
  static const Engine e([] {
    const std::string bytes = read_text(STORYMAP_GAZETTEER);
    return std::vector<uint8_t>(bytes.begin(), bytes.end());
  }());
  return e;
}

inline std::string source_path(const std::string& relative) { return std::string(STORYMAP_SOURCE_DIR) + "/" + relative; }

}  // namespace storymap::test
