// Gazetteer look-ups remembered across texts. News repeats its names and its capitalised
// non-names (The, President, Monday) from article to article, and a look-up in the compressed
// key list costs a binary search and some name decoding, a hash probe here much less.
// Results are the gazetteer's own, so output never depends on what was asked before.
#pragma once
#include <deque>
#include <string>
#include <string_view>
#include <vector>

#include "gazetteer/gazetteer.hpp"
#include "text/string_arena.hpp"
#include "text/string_table.hpp"

namespace storymap {

class NameCache {
 public:
  explicit NameCache(const Gazetteer& g) : g_(g) {}
  NameCache(const NameCache&) = delete;

  // gazetteer.lookup(key) for a folded key. References stay valid until the next trim().
  const Lookup& lookup(std::string_view key);
  // gazetteer.candidates() of a word, from its folded form.
  const std::vector<Posting>& candidates(std::string_view folded);

  // Forgets everything once the cache holds more than its bound; call only between texts.
  void trim();

 private:
  static constexpr size_t kMaxEntries = 1 << 16;
  std::string_view keep(std::string_view key) { return keys_.keep(key); }
  const Gazetteer& g_;
  StringArena keys_;               // the tables' keys
  std::deque<Lookup> lookups_;     // values never move either: callers hold references
  std::deque<std::vector<Posting>> candidates_;
  StringTable<uint32_t> lookup_index_, candidates_index_;
};

}  // namespace storymap
