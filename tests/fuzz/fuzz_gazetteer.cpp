// libFuzzer target: the gazetteer reader on damaged files. The input is taken as a file body;
// the header's version, size, checksum and fold fingerprint are made to fit, so the fuzzer reaches the section checks
// behind them. Opening must throw GazetteerError or give a gazetteer whose every lookup and
// place access stays in bounds.
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include "gazetteer/format.hpp"
#include "gazetteer/gazetteer.hpp"

namespace fmt = storymap::gazetteer_format;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < fmt::kHeaderSize) return 0;
  std::vector<uint8_t> bytes(data, data + size);
  std::memcpy(bytes.data(), fmt::kMagic, 8);
  const uint32_t version = fmt::kVersion;
  std::memcpy(bytes.data() + 8, &version, 4);
  const uint64_t body = size - fmt::kHeaderSize;
  std::memcpy(bytes.data() + 16, &body, 8);
  const uint64_t sum = fmt::checksum64(bytes.data() + fmt::kHeaderSize, body);
  std::memcpy(bytes.data() + 24, &sum, 8);
  static const uint64_t fingerprint = fmt::fold_fingerprint();
  std::memcpy(bytes.data() + 32, &fingerprint, 8);
  try {
    storymap::Gazetteer g(std::move(bytes));
    for (uint32_t i = 0; i < g.size() && i < 64; ++i) g.place(i);
    for (const char* name : {"paris", "new york", "a", "zz", "khasan"})
      for (const auto& p : g.lookup(name).postings) g.place(p.place);
    g.candidates("Hasan");
    g.resource("lexicon/common_words.txt");
  } catch (const storymap::GazetteerError&) {
  }
  return 0;
}
