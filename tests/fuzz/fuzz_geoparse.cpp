// libFuzzer target: any bytes as a JSON Lines record and as raw text to geoparse.
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>

#include "api/engine.hpp"
#include "api/geoparse_record.hpp"
#include "fuzz_engine.hpp"
#include "story/article.hpp"

namespace {
std::unique_ptr<storymap::Engine> engine;

// A record read, or the error it raised.
std::string outcome(storymap::GeoparseRecord (*read)(std::string_view), std::string_view line) {
  try {
    const storymap::GeoparseRecord r = read(line);
    return r.id_json + '\n' + r.text;
  } catch (const storymap::InputError& e) {
    return std::string("error: ") + e.what();
  }
}
}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  engine = load_fuzz_engine();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  // The one-pass record reader agrees with the full JSON parser on every input.
  if (outcome(storymap::read_geoparse_record, text) != outcome(storymap::read_geoparse_record_in_full, text))
    std::abort();
  try {
    engine->geoparse_line(text);
  } catch (const storymap::InputError&) {
  }
  // Raw text: every toponym must lie inside the text.
  for (const auto& t : engine->toponyms(text)) {
    const size_t start = t["start"].get<size_t>(), end = t["end"].get<size_t>();
    if (start >= end || end > size) std::abort();
  }
  return 0;
}
