#include "extractor/name_cache.hpp"

namespace storymap {

const Lookup& NameCache::lookup(std::string_view key) {
  auto it = lookups_.find(key);
  if (it == lookups_.end()) it = lookups_.emplace(keep(key), g_.lookup(key)).first;
  return it->second;
}

const std::vector<Posting>& NameCache::candidates(std::string_view folded) {
  auto it = candidates_.find(folded);
  if (it == candidates_.end()) {
    std::vector<Posting> c;
    if (!folded.empty()) {
      const std::string variant = Gazetteer::variant_key(std::string(folded));
      c = Gazetteer::merge_candidates(lookup(folded).postings,
                                      variant.empty() ? std::vector<Posting>() : lookup(variant).postings);
    }
    it = candidates_.emplace(keep(folded), std::move(c)).first;
  }
  return it->second;
}

void NameCache::trim() {
  if (lookups_.size() + candidates_.size() <= kMaxEntries) return;
  lookups_.clear();
  candidates_.clear();
  keys_.clear();
}

}  // namespace storymap
