// storymap_bench gazetteer FILE [TEXT...]
//
// Load time (the Gazetteer constructor: header, checksum, pointers), the checksum alone, and
// throughput of lookup(), candidates() and place() on three query sets:
//   names   the folded display names of 20,000 places spread over the file (all hits)
//   misses  the same names with one letter changed (mostly misses, the common case in text)
//   text    every word and word pair of the TEXT files, folded, as the recogniser asks them
//           (default: data/articles/*.txt when run from the repository)
// Each figure is the median of several runs.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <dirent.h>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <string>
#include <vector>

#include "gazetteer/format.hpp"
#include "gazetteer/gazetteer.hpp"
#include "text/fold.hpp"

namespace storymap::bench {
namespace {

using Clock = std::chrono::steady_clock;

std::vector<uint8_t> read_bytes(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  if (!f) throw std::runtime_error(path + ": cannot open");
  return std::vector<uint8_t>((std::istreambuf_iterator<char>(f)), {});
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v.empty() ? 0 : v[v.size() / 2];
}

template <typename F>
double seconds(F&& f) {
  const auto t0 = Clock::now();
  f();
  return std::chrono::duration<double>(Clock::now() - t0).count();
}

std::vector<std::string> text_queries(const std::vector<std::string>& files) {
  std::vector<std::string> out;
  for (const std::string& path : files) {
    const std::vector<uint8_t> b = read_bytes(path);
    std::string text(b.begin(), b.end());
    std::vector<std::string> words;
    std::string w;
    for (char c : text + " ") {
      if (c == ' ' || c == '\n' || c == '\t' || c == ',' || c == '.' || c == '"' || c == '(' || c == ')') {
        if (!w.empty()) words.push_back(fold(w));
        w.clear();
      } else {
        w += c;
      }
    }
    for (size_t i = 0; i < words.size(); ++i) {
      if (!words[i].empty()) out.push_back(words[i]);
      if (i + 1 < words.size() && !words[i].empty() && !words[i + 1].empty()) out.push_back(words[i] + " " + words[i + 1]);
    }
  }
  return out;
}

std::vector<std::string> default_texts() {
  std::vector<std::string> out;
  if (DIR* d = opendir("data/articles")) {
    while (dirent* e = readdir(d)) {
      const std::string n = e->d_name;
      if (n.size() > 4 && n.compare(n.size() - 4, 4, ".txt") == 0) out.push_back("data/articles/" + n);
    }
    closedir(d);
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

int gazetteer(const std::vector<std::string>& args) {
  if (args.empty()) throw std::runtime_error("usage: storymap_bench gazetteer FILE [TEXT...]");
  const std::vector<uint8_t> bytes = read_bytes(args[0]);
  std::printf("file %s: %zu bytes\n", args[0].c_str(), bytes.size());

  // Load: the constructor on a fresh copy (the copy is not timed), and the checksum alone. The
  // first load also fingerprints this build's name folding (once per process).
  std::vector<double> load, sum;
  double first = 0;
  for (int r = 0; r < 22; ++r) {
    std::vector<uint8_t> copy = bytes;
    const double s = seconds([&] { Gazetteer g(std::move(copy)); });
    if (r == 0) first = s;
    else load.push_back(s);
    volatile uint64_t h = 0;
    sum.push_back(seconds([&] { h = gazetteer_format::checksum64(bytes.data() + 64, bytes.size() - 64); }));
  }
  std::printf("load: %.2f ms median of %zu (first load %.2f ms; checksum alone %.2f ms = %.1f GB/s)\n",
              median(load) * 1e3, load.size(), first * 1e3, median(sum) * 1e3, bytes.size() / median(sum) / 1e9);

  const Gazetteer g{std::vector<uint8_t>(bytes)};
  std::printf("places %u\n", g.size());

  std::vector<std::string> names, misses;
  const uint32_t step = std::max<uint32_t>(1, g.size() / 20000);
  for (uint32_t i = 0; i < g.size(); i += step) {
    std::string k = fold(g.place(i).name);
    if (k.empty()) continue;
    names.push_back(k);
    k[k.size() / 2] = k[k.size() / 2] == 'q' ? 'x' : 'q';
    misses.push_back(k);
  }
  const std::vector<std::string> texts = args.size() > 1 ? std::vector<std::string>(args.begin() + 1, args.end())
                                                         : default_texts();
  const std::vector<std::string> text = text_queries(texts);

  size_t sink = 0;
  auto rate = [&](const char* what, const std::vector<std::string>& qs, auto&& op) {
    if (qs.empty()) return;
    std::vector<double> runs;
    size_t hits = 0;
    for (int r = 0; r < 7; ++r) {
      hits = 0;
      runs.push_back(seconds([&] {
        for (const std::string& q : qs) hits += op(q);
      }));
    }
    sink += hits;
    const double s = median(runs);
    std::printf("%-24s %8zu queries %6.1f%% found  %10.0f /s  %6.2f us each\n", what, qs.size(),
                100.0 * std::min(hits, qs.size()) / qs.size(), qs.size() / s, s / qs.size() * 1e6);
  };
  auto lookup = [&](const std::string& q) { return g.lookup(q).postings.empty() ? 0 : 1; };
  auto candidates = [&](const std::string& q) { return g.candidates(q).empty() ? 0 : 1; };
  rate("lookup names", names, lookup);
  rate("lookup misses", misses, lookup);
  rate("lookup text", text, lookup);
  rate("candidates names", names, candidates);
  rate("candidates text", text, candidates);

  std::vector<double> runs;
  for (int r = 0; r < 7; ++r)
    runs.push_back(seconds([&] {
      for (uint32_t i = 0; i < g.size(); ++i) sink += g.place(i).name.size();
    }));
  std::printf("%-24s %8u places            %10.0f /s  %6.2f us each\n", "place()", g.size(), g.size() / median(runs),
              median(runs) / g.size() * 1e6);
  return sink == 42 ? 1 : 0;
}

}  // namespace storymap::bench
