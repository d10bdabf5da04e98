// libFuzzer target: any bytes as an article, through the whole story pipeline. The engine must
// either refuse the input with an InputError or return story JSON; nothing else.
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>

#include "api/engine.hpp"
#include "story/article.hpp"

namespace {
std::unique_ptr<storymap::Engine> engine;
}

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  const char* path = std::getenv("STORYMAP_GAZETTEER");
  std::ifstream in(path ? path : "build/storymap.smgz", std::ios::binary);
  std::vector<uint8_t> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  engine = std::make_unique<storymap::Engine>(std::move(bytes));
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::vector<storymap::ArticleInput> articles{{"fuzz.txt", std::string(reinterpret_cast<const char*>(data), size)}};
  try {
    const std::string json = engine->story(articles);
    if (json.empty() || json.front() != '{') std::abort();
  } catch (const storymap::InputError&) {
  }
  return 0;
}
