#include "extractor/name_cache.hpp"

namespace storymap {

const Lookup& NameCache::lookup(std::string_view key) {
  if (const uint32_t* i = lookup_index_.find(key)) return lookups_[*i];
  lookups_.push_back(g_.lookup(key));
  lookup_index_.insert(keep(key), uint32_t(lookups_.size() - 1));
  return lookups_.back();
}

const std::vector<Posting>& NameCache::candidates(std::string_view folded) {
  if (const uint32_t* i = candidates_index_.find(folded)) return candidates_[*i];
  std::vector<Posting> c;
  if (!folded.empty()) {
    const std::string variant = Gazetteer::variant_key(std::string(folded));
    c = Gazetteer::merge_candidates(lookup(folded).postings,
                                    variant.empty() ? std::vector<Posting>() : lookup(variant).postings);
  }
  candidates_.push_back(std::move(c));
  candidates_index_.insert(keep(folded), uint32_t(candidates_.size() - 1));
  return candidates_.back();
}

void NameCache::trim() {
  if (lookups_.size() + candidates_.size() <= kMaxEntries) return;
  lookup_index_.clear();
  candidates_index_.clear();
  lookups_.clear();
  candidates_.clear();
  keys_.clear();
}

}  // namespace storymap
