#include "index/gazetteer_builder.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <stdexcept>
#include <unordered_map>

#include "gazetteer/format.hpp"
#include "gazetteer/place.hpp"
#include "index/importance.hpp"
#include "text/fold.hpp"

namespace storymap {
namespace fmt = gazetteer_format;

void GazetteerBuilder::add(SourcePlace place) {
  if (places_.size() >= fmt::kMaxPlaces) throw std::runtime_error("too many places for one gazetteer");
  places_.push_back(std::move(place));
}

bool GazetteerBuilder::add_alias(const std::string& alias, const std::string& target, const std::string& country,
                                 uint8_t flags) {
  if (by_name_.size() != places_.size()) {  // index the names once, after the sources are in
    by_name_.clear();
    for (size_t i = 0; i < places_.size(); ++i) by_name_.emplace(fold(places_[i].name), i);
  }
  SourcePlace* best = nullptr;
  float best_importance = -1;
  auto [from, to] = by_name_.equal_range(fold(target));
  for (auto it = from; it != to; ++it) {
    SourcePlace& p = places_[it->second];
    if (!country.empty() && p.country != country) continue;
    const float imp = importance(p);
    if (imp > best_importance) { best = &p; best_importance = imp; }
  }
  if (!best) return false;
  best->names.push_back({alias, flags});
  return true;
}

void GazetteerBuilder::add_resource(const std::string& name, std::string text) {
  resources_[name] = std::move(text);
}

namespace {

class Writer {
 public:
  template <typename T>
  void put(T v) {
    const size_t at = bytes.size();
    bytes.resize(at + sizeof v);
    std::memcpy(bytes.data() + at, &v, sizeof v);
  }
  void put_bytes(const void* p, size_t n) {
    const auto* b = static_cast<const uint8_t*>(p);
    bytes.insert(bytes.end(), b, b + n);
  }
  void varint(uint32_t v) {
    while (v >= 0x80) { bytes.push_back(uint8_t(v | 0x80)); v >>= 7; }
    bytes.push_back(uint8_t(v));
  }
  void align(size_t a) { while (bytes.size() % a) bytes.push_back(0); }
  std::vector<uint8_t> bytes;
};

// Interns strings into the strings section; returns their offsets.
class StringPool {
 public:
  uint32_t add(const std::string& s) {
    auto it = index_.find(s);
    if (it != index_.end()) return it->second;
    const uint32_t off = uint32_t(w.bytes.size());
    w.put_bytes(s.data(), s.size());
    w.bytes.push_back(0);
    index_.emplace(s, off);
    return off;
  }
  Writer w;
 private:
  std::unordered_map<std::string, uint32_t> index_;
};

// A small table of distinct strings ("P.PPLC", "RU", ...) referred to by index.
class Table {
 public:
  uint32_t add(const std::string& s, size_t limit) {
    auto it = index_.find(s);
    if (it != index_.end()) return it->second;
    if (items_.size() >= limit) throw std::runtime_error("gazetteer table overflow at '" + s + "'");
    index_.emplace(s, uint32_t(items_.size()));
    items_.push_back(s);
    return uint32_t(items_.size() - 1);
  }
  Writer write(StringPool& pool) const {
    Writer w;
    w.put<uint32_t>(uint32_t(items_.size()));
    for (const auto& s : items_) w.put<uint32_t>(pool.add(s));
    return w;
  }
 private:
  std::unordered_map<std::string, uint32_t> index_;
  std::vector<std::string> items_;
};

int32_t fixed(double deg) { return int32_t(std::lround(deg * 1e5)); }

}  // namespace

std::vector<uint8_t> GazetteerBuilder::build() const {
  const uint32_t n = uint32_t(places_.size());
  StringPool pool;
  Table features, countries, admin1;
  features.add("", 256);
  countries.add("", 256);
  admin1.add("", 65536);

  // Columns.
  std::vector<int32_t> lat(n), lon(n);
  std::vector<uint32_t> pop(n), gid(n), name(n);
  std::vector<uint8_t> feat(n), ctry(n), imp(n);
  std::vector<uint16_t> adm(n);
  // (key, posting) pairs, sorted afterwards.
  std::vector<std::pair<std::string, uint32_t>> entries;
  entries.reserve(n * 4);
  for (uint32_t i = 0; i < n; ++i) {
    const SourcePlace& p = places_[i];
    lat[i] = fixed(p.lat);
    lon[i] = fixed(p.lon);
    pop[i] = p.population;
    gid[i] = p.geonameid;
    name[i] = pool.add(p.name);
    feat[i] = uint8_t(features.add(p.feature, 256));
    ctry[i] = uint8_t(countries.add(p.country, 256));
    adm[i] = uint16_t(admin1.add(p.admin1.empty() ? "" : p.country + "." + p.admin1, 65536));
    imp[i] = uint8_t(std::lround(importance(p) * 255));
    // One posting per (place, key), flags merged; the skeleton of each key as a variant.
    std::unordered_map<std::string, uint8_t> keys;
    for (const SourceName& sn : p.names) {
      const std::string k = fold(sn.text);
      if (k.size() < 2 || k.size() > fmt::kMaxKeyLength) continue;  // one letter is no name
      keys[k] |= sn.flags;
    }
    std::unordered_map<std::string, uint8_t> variants;
    for (const auto& [k, flags] : keys) {
      if (k.size() < 4) continue;  // as in Gazetteer::candidates: short names get no variants
      const std::string s = skeleton(k);
      if (s != k && !keys.count(s)) variants[s] |= uint8_t((flags & ~kPrimaryName) | kVariantName);
    }
    for (const auto& [k, flags] : keys) entries.emplace_back(k, i << 8 | flags);
    for (const auto& [k, flags] : variants) entries.emplace_back(k, i << 8 | flags);
  }
  std::sort(entries.begin(), entries.end());

  // Keys section and postings.
  Writer keys_w, post_w, key_stream;
  std::vector<uint32_t> block_offset, block_posting;
  uint32_t key_count = 0;
  std::string prev;
  for (size_t i = 0; i < entries.size();) {
    size_t j = i;
    while (j < entries.size() && entries[j].first == entries[i].first) ++j;
    const std::string& key = entries[i].first;
    size_t shared = 0;
    if (key_count % fmt::kBlockKeys == 0) {
      block_offset.push_back(uint32_t(key_stream.bytes.size()));
      block_posting.push_back(uint32_t(post_w.bytes.size() / 4));
    } else {
      while (shared < prev.size() && shared < key.size() && shared < 255 && prev[shared] == key[shared]) ++shared;
    }
    key_stream.bytes.push_back(uint8_t(shared));
    key_stream.bytes.push_back(uint8_t(key.size() - shared));
    key_stream.put_bytes(key.data() + shared, key.size() - shared);
    key_stream.varint(uint32_t(j - i));
    for (size_t k = i; k < j; ++k) post_w.put<uint32_t>(entries[k].second);
    prev = key;
    ++key_count;
    i = j;
  }
  keys_w.put<uint32_t>(uint32_t(block_offset.size()));
  for (uint32_t v : block_offset) keys_w.put(v);
  for (uint32_t v : block_posting) keys_w.put(v);
  keys_w.put_bytes(key_stream.bytes.data(), key_stream.bytes.size());

  // Places section.
  Writer places_w;
  places_w.put<uint32_t>(n);
  places_w.put<uint32_t>(0);
  auto column = [&](const void* data, size_t width) {
    places_w.put_bytes(data, n * width);
    places_w.align(4);
  };
  column(lat.data(), 4);
  column(lon.data(), 4);
  column(pop.data(), 4);
  column(gid.data(), 4);
  column(name.data(), 4);
  column(feat.data(), 1);
  column(ctry.data(), 1);
  column(adm.data(), 2);
  column(imp.data(), 1);
  places_w.put_bytes("\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0", 16);

  const Writer features_w = features.write(pool), countries_w = countries.write(pool),
               admin1_w = admin1.write(pool);

  // Resources: a table, then names and texts.
  Writer res_w;
  {
    const uint32_t count = uint32_t(resources_.size());
    uint32_t off = 4 + count * 12;
    std::vector<uint32_t> name_off, text_off;
    Writer blob;
    for (const auto& [rname, text] : resources_) {
      name_off.push_back(off + uint32_t(blob.bytes.size()));
      blob.put_bytes(rname.data(), rname.size());
      blob.bytes.push_back(0);
      text_off.push_back(off + uint32_t(blob.bytes.size()));
      blob.put_bytes(text.data(), text.size());
    }
    res_w.put<uint32_t>(count);
    size_t k = 0;
    for (const auto& [rname, text] : resources_) {
      res_w.put<uint32_t>(name_off[k]);
      res_w.put<uint32_t>(text_off[k]);
      res_w.put<uint32_t>(uint32_t(text.size()));
      ++k;
    }
    res_w.put_bytes(blob.bytes.data(), blob.bytes.size());
  }

  // Assemble: header, section table, sections.
  const std::vector<std::pair<uint32_t, const Writer*>> sections = {
      {fmt::kPlaces, &places_w},   {fmt::kStrings, &pool.w},   {fmt::kFeatures, &features_w},
      {fmt::kCountries, &countries_w}, {fmt::kAdmin1, &admin1_w}, {fmt::kKeys, &keys_w},
      {fmt::kPostings, &post_w},   {fmt::kResources, &res_w}};
  Writer out;
  out.put_bytes(fmt::kMagic, 8);
  out.put<uint32_t>(fmt::kVersion);
  out.put<uint32_t>(uint32_t(sections.size()));
  out.put<uint64_t>(0);  // body size, patched below
  out.put<uint64_t>(0);  // checksum, patched below
  out.align(fmt::kHeaderSize);
  out.bytes.resize(fmt::kHeaderSize + sections.size() * 24);
  out.align(8);
  for (size_t s = 0; s < sections.size(); ++s) {
    const uint64_t off = out.bytes.size(), size = sections[s].second->bytes.size();
    uint8_t* e = out.bytes.data() + fmt::kHeaderSize + s * 24;
    const uint32_t id = sections[s].first, pad = 0;
    std::memcpy(e, &id, 4);
    std::memcpy(e + 4, &pad, 4);
    std::memcpy(e + 8, &off, 8);
    std::memcpy(e + 16, &size, 8);
    out.put_bytes(sections[s].second->bytes.data(), size);
    out.align(8);
  }
  const uint64_t body = out.bytes.size() - fmt::kHeaderSize;
  const uint64_t sum = fmt::fnv1a(out.bytes.data() + fmt::kHeaderSize, body);
  std::memcpy(out.bytes.data() + 16, &body, 8);
  std::memcpy(out.bytes.data() + 24, &sum, 8);
  return std::move(out.bytes);
}

}  // namespace storymap
