// The engine the fuzz targets drive, over the gazetteer in $STORYMAP_GAZETTEER
// (build/storymap.smgz by default), loaded once per fuzzing process.
#pragma once
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <memory>
#include <vector>

#include "api/engine.hpp"

inline std::unique_ptr<storymap::Engine> load_fuzz_engine() {
  const char* path = std::getenv("STORYMAP_GAZETTEER");
  std::ifstream in(path ? path : "build/storymap.smgz", std::ios::binary);
  std::vector<uint8_t> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  return std::make_unique<storymap::Engine>(std::move(bytes));
}
