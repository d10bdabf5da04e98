#include "gazetteer/gazetteer.hpp"

#include <algorithm>
#include <cstring>

#include "gazetteer/format.hpp"
#include "text/fold.hpp"

namespace storymap {
namespace fmt = gazetteer_format;

namespace {

template <typename T>
T read(const uint8_t* p) {
  T v;
  std::memcpy(&v, p, sizeof v);
  return v;
}

uint32_t read_varint(const uint8_t*& p, const uint8_t* end) {
  uint32_t v = 0;
  for (int shift = 0; p < end && shift < 35; shift += 7) {
    const uint8_t b = *p++;
    v |= uint32_t(b & 0x7F) << shift;
    if (!(b & 0x80)) break;
  }
  return v;
}

// Walks the front-coded keys of the keys section from one block on.
struct KeyCursor {
  KeyCursor(const uint8_t* from, const uint8_t* to, uint32_t first_posting)
      : p(from), end(to), posting(first_posting) {}
  const uint8_t* p;
  const uint8_t* end;
  uint32_t posting;  // index of the current key's first posting
  uint32_t count = 0;
  std::string key;

  bool next() {
    posting += count;
    if (p + 2 > end) return false;
    const uint8_t shared = p[0], suffix = p[1];
    p += 2;
    if (shared > key.size() || p + suffix > end) return false;
    key.resize(shared);
    key.append(reinterpret_cast<const char*>(p), suffix);
    p += suffix;
    count = read_varint(p, end);
    return true;
  }
};

}  // namespace

Gazetteer::Gazetteer(std::vector<uint8_t> bytes) : bytes_(std::move(bytes)) {
  const uint8_t* base = bytes_.data();
  const uint64_t n = bytes_.size();
  if (n < fmt::kHeaderSize || std::memcmp(base, fmt::kMagic, 8) != 0)
    throw GazetteerError("not a storymap gazetteer (bad magic)");
  const uint32_t version = read<uint32_t>(base + 8);
  if (version != fmt::kVersion)
    throw GazetteerError("gazetteer version " + std::to_string(version) + ", this engine reads version " +
                         std::to_string(fmt::kVersion) + ": rebuild it with `storymap gazetteer`");
  const uint32_t sections = read<uint32_t>(base + 12);
  const uint64_t body = read<uint64_t>(base + 16);
  const uint64_t checksum = read<uint64_t>(base + 24);
  if (body != n - fmt::kHeaderSize)
    throw GazetteerError("gazetteer truncated or padded: body is " + std::to_string(n - fmt::kHeaderSize) +
                         " bytes, header says " + std::to_string(body));
  if (fmt::fnv1a(base + fmt::kHeaderSize, body) != checksum)
    throw GazetteerError("gazetteer damaged: checksum mismatch");
  if (sections > 15 || uint64_t(sections) * 24 > body) throw GazetteerError("gazetteer damaged: section table");
  for (uint32_t s = 0; s < sections; ++s) {
    const uint8_t* e = base + fmt::kHeaderSize + s * 24;
    const uint32_t id = read<uint32_t>(e);
    const uint64_t off = read<uint64_t>(e + 8), size = read<uint64_t>(e + 16);
    if (id == 0 || id >= fmt::kSectionEnd || off > n || size > n - off || off % 8)
      throw GazetteerError("gazetteer damaged: section " + std::to_string(id) + " out of bounds");
    sections_[id] = {base + off, size};
  }
  for (uint32_t id = fmt::kPlaces; id < fmt::kSectionEnd; ++id)
    if (!sections_[id].data) throw GazetteerError("gazetteer damaged: section " + std::to_string(id) + " missing");

  // Places: u32 count, then the columns (each padded to 4 bytes).
  const Section& pl = sections_[fmt::kPlaces];
  places_ = read<uint32_t>(pl.data);
  const uint64_t need = 8 + uint64_t(places_) * (4 * 5 + 1 + 1 + 2 + 1) + 16;
  if (places_ > fmt::kMaxPlaces || need > pl.size) throw GazetteerError("gazetteer damaged: places");
  const uint8_t* p = pl.data + 8;
  auto column = [&](size_t width) {
    const uint8_t* c = p;
    p += (uint64_t(places_) * width + 3) / 4 * 4;
    return c;
  };
  lat_ = reinterpret_cast<const int32_t*>(column(4));
  lon_ = reinterpret_cast<const int32_t*>(column(4));
  population_ = reinterpret_cast<const uint32_t*>(column(4));
  geonameid_ = reinterpret_cast<const uint32_t*>(column(4));
  name_ = reinterpret_cast<const uint32_t*>(column(4));
  feature_ = column(1);
  country_ = column(1);
  admin1_ = reinterpret_cast<const uint16_t*>(column(2));
  importance_ = column(1);

  const Section& ks = sections_[fmt::kKeys];
  blocks_ = read<uint32_t>(ks.data);
  if (4 + uint64_t(blocks_) * 8 > ks.size) throw GazetteerError("gazetteer damaged: keys");
  block_offset_ = reinterpret_cast<const uint32_t*>(ks.data + 4);
  block_posting_ = block_offset_ + blocks_;
  key_bytes_ = ks.data + 4 + uint64_t(blocks_) * 8;
  key_bytes_size_ = ks.size - 4 - uint64_t(blocks_) * 8;
  postings_ = reinterpret_cast<const uint32_t*>(sections_[fmt::kPostings].data);
  posting_count_ = uint32_t(sections_[fmt::kPostings].size / 4);
  for (uint32_t b = 0; b < blocks_; ++b)
    if (block_offset_[b] >= key_bytes_size_ || block_posting_[b] > posting_count_)
      throw GazetteerError("gazetteer damaged: key block " + std::to_string(b));
}

const char* Gazetteer::string_at(uint32_t offset) const {
  const Section& s = sections_[fmt::kStrings];
  return offset < s.size ? reinterpret_cast<const char*>(s.data + offset) : "";
}

namespace {
std::string_view table_entry(const uint8_t* section, uint64_t size, uint32_t index, const char* strings,
                             uint64_t strings_size) {
  const uint32_t count = read<uint32_t>(section);
  if (index >= count || 4 + uint64_t(count) * 4 > size) return {};
  const uint32_t off = read<uint32_t>(section + 4 + index * 4);
  return off < strings_size ? std::string_view(strings + off) : std::string_view();
}
}  // namespace

Place Gazetteer::place(uint32_t i) const {
  Place p;
  if (i >= places_) return p;
  const Section& str = sections_[fmt::kStrings];
  const char* strings = reinterpret_cast<const char*>(str.data);
  p.index = i;
  p.geonameid = geonameid_[i];
  p.lat = lat_[i] / 1e5;
  p.lon = lon_[i] / 1e5;
  p.population = population_[i];
  p.name = string_at(name_[i]);
  const std::string_view feature = table_entry(sections_[fmt::kFeatures].data, sections_[fmt::kFeatures].size,
                                               feature_[i], strings, str.size);
  if (feature.size() >= 2) {
    p.feature_class = feature[0];
    p.feature_code = feature.substr(2);
  }
  p.country = table_entry(sections_[fmt::kCountries].data, sections_[fmt::kCountries].size, country_[i], strings,
                          str.size);
  p.admin1 = table_entry(sections_[fmt::kAdmin1].data, sections_[fmt::kAdmin1].size, admin1_[i], strings,
                         str.size);
  p.importance = importance_[i] / 255.0f;
  return p;
}

Lookup Gazetteer::lookup(std::string_view key) const {
  Lookup out;
  if (blocks_ == 0 || key.empty() || key.size() > fmt::kMaxKeyLength) return out;
  // Last block whose first key is <= key.
  uint32_t lo = 0, hi = blocks_;
  std::string first;
  while (hi - lo > 1) {
    const uint32_t mid = (lo + hi) / 2;
    KeyCursor c{key_bytes_ + block_offset_[mid], key_bytes_ + key_bytes_size_, block_posting_[mid]};
    c.next();
    if (c.key <= key) lo = mid; else hi = mid;
  }
  KeyCursor c{key_bytes_ + block_offset_[lo], key_bytes_ + key_bytes_size_, block_posting_[lo]};
  while (c.next()) {
    if (c.key == key) {
      const uint32_t end = std::min(c.posting + c.count, posting_count_);
      for (uint32_t k = c.posting; k < end; ++k)
        out.postings.push_back({postings_[k] >> 8, uint8_t(postings_[k] & 0xFF)});
      continue;
    }
    if (c.key > key) {
      // Keys that extend this one by a word sort right after it ("north" < "north korea").
      out.longer_keys = c.key.size() > key.size() && c.key.compare(0, key.size(), key) == 0 &&
                        c.key[key.size()] == ' ';
      break;
    }
  }
  return out;
}

std::vector<Posting> Gazetteer::candidates(std::string_view name) const {
  const std::string folded = fold(name);
  if (folded.empty()) return {};
  std::vector<Posting> out = lookup(folded).postings;
  // Short names have too many look-alikes for transliteration variants to help.
  const std::string skel = folded.size() >= 4 ? skeleton(folded) : folded;
  if (skel != folded) {
    for (Posting p : lookup(skel).postings) {
      p.flags |= kVariantName;
      out.push_back(p);
    }
  }
  // One posting per place, flags merged, the most direct name first.
  std::sort(out.begin(), out.end(), [](const Posting& a, const Posting& b) { return a.place < b.place; });
  std::vector<Posting> merged;
  for (const Posting& p : out) {
    if (!merged.empty() && merged.back().place == p.place) {
      // A direct name beats a generated variant: keep the variant bit only if every way was a variant.
      const bool variant = (merged.back().flags & kVariantName) && (p.flags & kVariantName);
      merged.back().flags = uint8_t((merged.back().flags | p.flags) & ~kVariantName) | (variant ? kVariantName : 0);
    } else {
      merged.push_back(p);
    }
  }
  return merged;
}

std::string_view Gazetteer::resource(std::string_view name) const {
  const Section& r = sections_[fmt::kResources];
  if (r.size < 4) return {};
  const uint32_t count = read<uint32_t>(r.data);
  for (uint32_t i = 0; i < count && 4 + uint64_t(i + 1) * 12 <= r.size; ++i) {
    const uint8_t* e = r.data + 4 + i * 12;
    const uint32_t name_off = read<uint32_t>(e), text_off = read<uint32_t>(e + 4), size = read<uint32_t>(e + 8);
    if (name_off >= r.size || uint64_t(text_off) + size > r.size) continue;
    const char* n = reinterpret_cast<const char*>(r.data + name_off);
    if (std::string_view(n, strnlen(n, r.size - name_off)) == name)
      return {reinterpret_cast<const char*>(r.data + text_off), size};
  }
  return {};
}

}  // namespace storymap
