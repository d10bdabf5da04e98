// libFuzzer target: any bytes as an article, through the whole story pipeline. The engine must
// either refuse the input with an InputError or return story JSON; nothing else.
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>

#include "api/engine.hpp"
#include "fuzz_engine.hpp"
#include "story/article.hpp"

namespace {
std::unique_ptr<storymap::Engine> engine;
}

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  engine = load_fuzz_engine();
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
