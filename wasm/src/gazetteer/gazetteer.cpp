#include "gazetteer/gazetteer.hpp"

#include <algorithm>
#include <cstring>
#include <mutex>

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

// Entry i of `width` byte planes of `count` entries each.
uint32_t planes(const uint8_t* p, uint32_t count, uint32_t width, uint32_t i) {
  uint32_t v = 0;
  for (uint32_t k = 0; k < width; ++k) v |= uint32_t(p[uint64_t(k) * count + i]) << (8 * k);
  return v;
}

const char* const kSectionNames[] = {"",          "places", "names",    "strings",  "features",
                                     "countries", "admin1", "keys",     "postings", "resources"};

// The first '\n' at or after p; the text ends with one (checked on load). Eight bytes at a time
// while they lie inside the text.
const uint8_t* line_end(const uint8_t* p, const uint8_t* end) {
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  for (; p + 8 <= end; p += 8) {
    uint64_t v;
    std::memcpy(&v, p, 8);
    v ^= kOnes * '\n';
    const uint64_t z = (v - kOnes) & ~v & kHigh;  // the lowest set bit marks the first zero byte
    if (z) return p + (__builtin_ctzll(z) >> 3);
  }
  while (*p != '\n') ++p;
  return p;
}

// The byte after the n-th '\n' from p (or end): eight bytes at a time, x marking the newlines.
const uint8_t* skip_lines(const uint8_t* p, const uint8_t* end, uint32_t n) {
  while (n > 0 && p + 8 <= end) {
    uint64_t v;
    std::memcpy(&v, p, 8);
    v ^= 0x0A0A0A0A0A0A0A0Aull;
    uint64_t x = ~(((v & 0x7F7F7F7F7F7F7F7Full) + 0x7F7F7F7F7F7F7F7Full) | v) & 0x8080808080808080ull;
    const uint32_t lines = uint32_t(((x >> 7) * 0x0101010101010101ull) >> 56);
    if (lines < n) {
      n -= lines;
      p += 8;
      continue;
    }
    for (; n > 1; --n) x &= x - 1;  // the n-th newline of this word (little-endian: lowest first)
    return p + (__builtin_ctzll(x) >> 3) + 1;
  }
  for (; n > 0 && p < end; ++p) n -= *p == '\n';
  return p;
}

// The first eight bytes of s, big-endian, zero-padded: ordered as the strings are, ties aside.
uint64_t prefix8(const uint8_t* s, size_t n) {
  uint64_t v = 0;
  for (size_t i = 0; i < 8; ++i) v = v << 8 | (i < n ? s[i] : 0);
  return v;
}

// decode_population() and its importance term for every code a file of 2^32 people can hold,
// computed once: place() reads them instead of calling exp() and log10().
struct PopulationTable {
  std::vector<uint32_t> people;
  std::vector<float> log_term;
};
const PopulationTable& population_table() {
  static const PopulationTable table = [] {
    PopulationTable t;
    for (uint32_t code = 0; code <= fmt::encode_population(UINT32_MAX); ++code) {
      t.people.push_back(fmt::decode_population(uint16_t(code)));
      t.log_term.push_back(fmt::population_term(t.people.back()));
    }
    return t;
  }();
  return table;
}

[[noreturn]] void damaged(uint32_t section, const std::string& what) {
  throw GazetteerError("gazetteer damaged: " + std::string(kSectionNames[section]) + " section: " + what);
}

}  // namespace

struct Gazetteer::ResourceCache {
  std::once_flag decoded;
  std::vector<std::string> texts;  // per resource; the front-coded ones rebuilt
};

Gazetteer::Gazetteer(Gazetteer&&) noexcept = default;
Gazetteer& Gazetteer::operator=(Gazetteer&&) noexcept = default;
Gazetteer::~Gazetteer() = default;

Gazetteer::Gazetteer(std::vector<uint8_t> bytes)
    : bytes_(std::move(bytes)), resource_cache_(std::make_unique<ResourceCache>()) {
  const uint8_t* base = bytes_.data();
  const uint64_t n = bytes_.size();
  if (n < 8 || std::memcmp(base, fmt::kMagic, 8) != 0)
    throw GazetteerError("not a storymap gazetteer (bad magic)");
  if (n < fmt::kHeaderSize)
    throw GazetteerError("gazetteer truncated: " + std::to_string(n) + " bytes, shorter than its header");
  const uint32_t version = read<uint32_t>(base + 8);
  if (version != fmt::kVersion)
    throw GazetteerError("gazetteer version " + std::to_string(version) + ", this engine reads version " +
                         std::to_string(fmt::kVersion) + ": rebuild it with `storymap gazetteer`");
  const uint32_t sections = read<uint32_t>(base + 12);
  const uint64_t body = read<uint64_t>(base + 16);
  const uint64_t checksum = read<uint64_t>(base + 24);
  if (body != n - fmt::kHeaderSize)
    throw GazetteerError("gazetteer " + std::string(body > n - fmt::kHeaderSize ? "truncated" : "padded") +
                         ": body is " + std::to_string(n - fmt::kHeaderSize) + " bytes, header says " +
                         std::to_string(body));
  if (fmt::checksum64(base + fmt::kHeaderSize, body) != checksum)
    throw GazetteerError("gazetteer damaged: checksum mismatch");
  if (read<uint64_t>(base + 32) != fmt::fold_fingerprint())
    throw GazetteerError("gazetteer built with a different name folding than this engine's: rebuild it with "
                         "`storymap gazetteer`");
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
    if (!sections_[id].data) damaged(id, "missing");

  // Places: a 32-byte head, byte planes, then the id escapes and the boosts.
  const Section& pl = sections_[fmt::kPlaces];
  if (pl.size < 32) damaged(fmt::kPlaces, "too short");
  places_ = read<uint32_t>(pl.data);
  coordinate_unit_ = read<uint32_t>(pl.data + 4);
  lat_width_ = read<uint32_t>(pl.data + 8);
  lon_width_ = read<uint32_t>(pl.data + 12);
  id_escape_count_ = read<uint32_t>(pl.data + 16);
  boost_count_ = read<uint32_t>(pl.data + 20);
  const uint64_t id_bases = (uint64_t(places_) + fmt::kIdStride - 1) / fmt::kIdStride;
  if (places_ > fmt::kMaxPlaces || coordinate_unit_ == 0 || lat_width_ < 1 || lat_width_ > 4 || lon_width_ < 1 ||
      lon_width_ > 4)
    damaged(fmt::kPlaces, "bad head");
  const uint64_t plane_bytes = id_bases * 4 + uint64_t(places_) * (lat_width_ + lon_width_ + 1 + 2 + 1 + 1 + 2);
  const uint64_t tables = 32 + (plane_bytes + 3) / 4 * 4;
  const uint64_t escapes_end = tables + (uint64_t(id_escape_count_) * 8 + 3) / 4 * 4;
  if (escapes_end + uint64_t(boost_count_) * 8 > pl.size) damaged(fmt::kPlaces, "too short");
  const uint8_t* p = pl.data + 32;
  auto take = [&](uint64_t bytes) {
    const uint8_t* c = p;
    p += bytes;
    return c;
  };
  lat_ = take(uint64_t(places_) * lat_width_);
  lon_ = take(uint64_t(places_) * lon_width_);
  id_base_ = take(id_bases * 4);
  id_step_ = take(places_);
  population_ = take(uint64_t(places_) * 2);
  feature_ = take(places_);
  country_ = take(places_);
  admin1_ = take(uint64_t(places_) * 2);
  id_escapes_ = pl.data + tables;
  boosts_ = pl.data + escapes_end;

  // Names: count, the sparse offsets, the strings; the last byte must end a string.
  const Section& nm = sections_[fmt::kNames];
  const uint64_t stride_count = (uint64_t(places_) + fmt::kNameStride - 1) / fmt::kNameStride;
  if (nm.size < 4 + stride_count * 4 || read<uint32_t>(nm.data) != places_ ||
      (places_ && nm.data[nm.size - 1] != 0))
    damaged(fmt::kNames, "bad index");
  name_index_ = nm.data + 4;

  const Section& st = sections_[fmt::kStrings];
  if (st.size && st.data[st.size - 1] != 0) damaged(fmt::kStrings, "unterminated");
  strings_ = reinterpret_cast<const char*>(st.data);
  strings_size_ = st.size;
  auto table = [&](uint32_t id, uint32_t stride) {
    const Section& t = sections_[id];
    if (t.size < 4) damaged(id, "too short");
    Table out{t.data + 4, read<uint32_t>(t.data), stride};
    if (4 + uint64_t(out.count) * stride > t.size) damaged(id, "too short");
    return out;
  };
  features_ = table(fmt::kFeatures, 8);
  countries_ = table(fmt::kCountries, 4);
  // Admin1: per country the first entry of its codes, then the codes.
  const Section& ad = sections_[fmt::kAdmin1];
  if (ad.size < 4) damaged(fmt::kAdmin1, "too short");
  admin1_countries_ = read<uint32_t>(ad.data);
  if (admin1_countries_ > 256 || 8 + uint64_t(admin1_countries_) * 4 > ad.size) damaged(fmt::kAdmin1, "too short");
  admin1_first_ = ad.data + 4;
  admin1_table_ = {admin1_first_ + (admin1_countries_ + 1) * 4, read<uint32_t>(admin1_first_ + admin1_countries_ * 4), 4};
  if (8 + uint64_t(admin1_countries_) * 4 + uint64_t(admin1_table_.count) * 4 > ad.size)
    damaged(fmt::kAdmin1, "too short");

  importance_memo_.reset(new std::atomic<uint16_t>[places_]());
  feature_strings_ = table_strings(features_);
  country_strings_ = table_strings(countries_);
  admin1_strings_ = table_strings(admin1_table_);

  const Section& ps = sections_[fmt::kPostings];
  constexpr uint64_t kPostingHead = 8 + fmt::kFlagContexts * 256;
  if (ps.size < kPostingHead) damaged(fmt::kPostings, "too short");
  posting_count_ = read<uint32_t>(ps.data);
  posting_width_ = read<uint32_t>(ps.data + 4);
  if (posting_width_ < 1 || posting_width_ > 4 ||
      kPostingHead + uint64_t(posting_count_) * (posting_width_ + 1) > ps.size)
    damaged(fmt::kPostings, "bad head");
  flag_table_ = ps.data + 8;
  postings_ = ps.data + kPostingHead;

  const Section& ks = sections_[fmt::kKeys];
  if (ks.size < 16) damaged(fmt::kKeys, "too short");
  keys_ = read<uint32_t>(ks.data);
  blocks_ = read<uint32_t>(ks.data + 4);
  overflow_count_ = read<uint32_t>(ks.data + 8);
  key_text_size_ = read<uint32_t>(ks.data + 12);
  const uint64_t tables_end =
      16 + uint64_t(blocks_) * 8 + (uint64_t(keys_) * 2 + 3) / 4 * 4 + uint64_t(overflow_count_) * 8;
  if (blocks_ != (uint64_t(keys_) + fmt::kBlockKeys - 1) / fmt::kBlockKeys || tables_end + key_text_size_ > ks.size)
    damaged(fmt::kKeys, "bad head");
  block_offset_ = ks.data + 16;
  block_posting_ = block_offset_ + uint64_t(blocks_) * 4;
  heads_ = block_posting_ + uint64_t(blocks_) * 4;
  counts_ = heads_ + keys_;
  overflow_ = ks.data + 16 + uint64_t(blocks_) * 8 + (uint64_t(keys_) * 2 + 3) / 4 * 4;
  key_text_ = ks.data + tables_end;
  if (keys_ && (key_text_size_ == 0 || key_text_[key_text_size_ - 1] != '\n')) damaged(fmt::kKeys, "unterminated text");
  // Offsets inside the body (block starts, name offsets, ...) are checked where they are used.
  block_prefix_.resize(blocks_);
  for (uint32_t b = 0; b < blocks_; ++b) {
    const uint8_t* k = key_text_ + block_offset(b);
    block_prefix_[b] = prefix8(k, line_end(k, key_text_ + key_text_size_) - k);
  }
}

uint32_t Gazetteer::block_offset(uint32_t b) const {
  const uint32_t offset = planes(block_offset_, blocks_, 4, b);
  return offset < key_text_size_ ? offset : uint32_t(key_text_size_ - 1);  // (a damaged file)
}
uint32_t Gazetteer::block_posting(uint32_t b) const { return std::min(planes(block_posting_, blocks_, 4, b), posting_count_); }

uint32_t Gazetteer::posting_place(uint32_t k) const {
  uint32_t v = planes(postings_, posting_count_, posting_width_, k);
  if (v < fmt::kRelativeWindow) {  // the place of an earlier posting
    if (v == 0 || v > k) return UINT32_MAX;
    v = planes(postings_, posting_count_, posting_width_, k - v);
    if (v < fmt::kRelativeWindow) return UINT32_MAX;
  }
  return v - fmt::kRelativeWindow;
}

uint32_t Gazetteer::key_postings(uint32_t key) const {
  uint32_t c = counts_[key];
  if (c == fmt::kCountOverflow) find_pair(overflow_, overflow_count_, key, c);
  return c;
}

std::string_view Gazetteer::name_at(uint32_t i) const {
  if (i >= places_) return {};
  const Section& nm = sections_[fmt::kNames];
  const uint32_t strides = (places_ + fmt::kNameStride - 1) / fmt::kNameStride;
  const uint32_t offset = planes(name_index_, strides, 4, i / fmt::kNameStride);
  if (offset >= nm.size) return {};
  const char* s = reinterpret_cast<const char*>(nm.data) + offset;
  const char* end = reinterpret_cast<const char*>(nm.data + nm.size);
  // Skip k NUL-terminated names, eight bytes at a time: z marks the zero bytes of a word.
  uint32_t k = i % fmt::kNameStride;
  while (k > 0 && s + 8 <= end) {
    uint64_t v;
    std::memcpy(&v, s, 8);
    uint64_t z = ~(((v & 0x7F7F7F7F7F7F7F7Full) + 0x7F7F7F7F7F7F7F7Full) | v) & 0x8080808080808080ull;
    const uint32_t zeros = uint32_t(((z >> 7) * 0x0101010101010101ull) >> 56);
    if (zeros < k) {
      k -= zeros;
      s += 8;
      continue;
    }
    for (; k > 1; --k) z &= z - 1;  // the k-th zero byte of this word (little-endian: lowest first)
    s += (__builtin_ctzll(z) >> 3) + 1;
    k = 0;
  }
  for (; k > 0 && s < end; --k) s += std::strlen(s) + 1;  // the section ends with a NUL
  return s < end ? std::string_view(s) : std::string_view();
}

std::string_view Gazetteer::table_string(const Table& t, uint32_t index) const {
  if (index >= t.count) return {};
  const uint32_t off = read<uint32_t>(t.entries + uint64_t(index) * t.stride);
  return off < strings_size_ ? std::string_view(strings_ + off) : std::string_view();
}

Place Gazetteer::place(uint32_t i) const {
  Place p = place_core(i);
  if (i < places_) {
    p.geonameid = geonameid(i);
    p.name = name_at(i);
  }
  return p;
}

std::vector<std::string_view> Gazetteer::table_strings(const Table& t) const {
  std::vector<std::string_view> out(t.count);
  for (uint32_t k = 0; k < t.count; ++k) out[k] = table_string(t, k);
  return out;
}

float Gazetteer::importance(uint32_t i) const {
  if (i >= places_) return 0.f;
  if (const uint16_t memo = importance_memo_[i].load(std::memory_order_relaxed)) return float(memo - 1) / 255.f;
  const float v = compute_importance(i);
  importance_memo_[i].store(uint16_t(std::lround(v * 255) + 1), std::memory_order_relaxed);
  return v;
}

float Gazetteer::compute_importance(uint32_t i) const {
  const uint32_t population = planes(population_, places_, 2, i);
  const PopulationTable& pops = population_table();
  const float base = feature_[i] < features_.count ? read<float>(features_.entries + feature_[i] * 8u + 4) : 0.f;
  uint32_t boost = 0;
  find_pair(boosts_, boost_count_, i, boost);
  return population < pops.people.size()
             ? fmt::importance_of(base, pops.log_term[population], int32_t(boost))
             : fmt::importance_of(base, fmt::decode_population(uint16_t(population)), int32_t(boost));
}

Place Gazetteer::place_core(uint32_t i) const {
  Place p;
  if (i >= places_) return p;
  const uint32_t n = places_;
  p.index = i;
  p.lat = fmt::decode_degrees(planes(lat_, n, lat_width_, i), coordinate_unit_, 90);
  p.lon = fmt::decode_degrees(planes(lon_, n, lon_width_, i), coordinate_unit_, 180);
  const uint32_t population = planes(population_, n, 2, i);
  const PopulationTable& pops = population_table();
  p.population = population < pops.people.size() ? pops.people[population] : fmt::decode_population(uint16_t(population));
  const std::string_view feature = feature_[i] < feature_strings_.size() ? feature_strings_[feature_[i]] : std::string_view();
  if (feature.size() >= 2) {
    p.feature_class = feature[0];
    p.feature_code = feature.substr(2);
  }
  if (country_[i] < country_strings_.size()) p.country = country_strings_[country_[i]];
  if (const uint32_t k = planes(admin1_, n, 2, i); k > 0 && country_[i] < admin1_countries_) {
    const uint32_t first = read<uint32_t>(admin1_first_ + 4 * country_[i]);
    if (first + k - 1 < read<uint32_t>(admin1_first_ + 4 * (country_[i] + 1u)))
      p.admin1 = first + k - 1 < admin1_strings_.size() ? admin1_strings_[first + k - 1] : std::string_view();
  }
  p.importance = importance(i);
  return p;
}

bool Gazetteer::find_pair(const uint8_t* pairs, uint32_t count, uint32_t key, uint32_t& value) {
  uint32_t lo = 0, hi = count;  // the first pair whose key is >= `key`
  while (lo < hi) {
    const uint32_t mid = (lo + hi) / 2;
    if (read<uint32_t>(pairs + 8 * uint64_t(mid)) < key) lo = mid + 1; else hi = mid;
  }
  if (lo == count || read<uint32_t>(pairs + 8 * uint64_t(lo)) != key) return false;
  value = read<uint32_t>(pairs + 8 * uint64_t(lo) + 4);
  return true;
}

uint32_t Gazetteer::geonameid(uint32_t i) const {
  // Back from i, summing steps, to the first escaped id or the stride's exact id.
  const uint32_t first = i / fmt::kIdStride * fmt::kIdStride;
  uint32_t sum = 0, k = i;
  for (; k > first && id_step_[k] != fmt::kIdEscape; --k) sum += id_step_[k];
  if (k == first) return planes(id_base_, (places_ + fmt::kIdStride - 1) / fmt::kIdStride, 4, i / fmt::kIdStride) + sum;
  uint32_t lo = 0, hi = id_escape_count_;  // the escape for place k
  while (lo < hi) {
    const uint32_t mid = (lo + hi) / 2;
    if (planes(id_escapes_, id_escape_count_, 4, mid) < k) lo = mid + 1; else hi = mid;
  }
  if (lo == id_escape_count_ || planes(id_escapes_, id_escape_count_, 4, lo) != k) return 0;
  return planes(id_escapes_ + uint64_t(id_escape_count_) * 4, id_escape_count_, 4, lo) + sum;
}

namespace {
bool is_skeleton_ref(uint8_t head) { return head == fmt::kRefSkeleton || head == fmt::kRefSkeletonAt; }
}  // namespace

std::string Gazetteer::ref_key(uint8_t head, uint32_t posting, uint32_t count, uint32_t ordinal) const {
  if (ordinal >= count || posting + ordinal >= posting_count_) return {};
  std::string k = fold(name_at(posting_place(posting + ordinal)));
  return is_skeleton_ref(head) ? skeleton(k) : k;
}

void Gazetteer::add_postings(uint8_t head, uint32_t posting, uint32_t count, uint32_t ordinal,
                             std::vector<Posting>& out) const {
  const uint32_t end = std::min(posting + count, posting_count_);
  const uint8_t* ranks = postings_ + uint64_t(posting_width_) * posting_count_;
  const uint32_t kind = head <= fmt::kMaxShared ? 0 : is_skeleton_ref(head) ? 2 : 1;
  for (uint32_t k = posting; k < end; ++k) {
    const uint32_t place = posting_place(k);
    const uint32_t context = fmt::flag_context(kind, kind && k - posting == ordinal, count);
    if (place < places_) out.push_back({place, flag_table_[context * 256 + ranks[k]]});
  }
}

uint32_t Gazetteer::posting_of(uint32_t key, uint32_t& cached_key, uint32_t& cached) const {
  const uint32_t first = key / fmt::kBlockKeys * fmt::kBlockKeys;
  if (cached_key < first || cached_key > key) {
    cached_key = first;
    cached = block_posting(key / fmt::kBlockKeys);
  }
  for (; cached_key < key; ++cached_key) cached += key_postings(cached_key);
  return cached;
}

// Binary search over the blocks' first keys, then a walk through the block. Literal keys are
// compared through their shared-prefix lengths without being rebuilt (m is how much of the
// query the last literal matched); references are decoded (a name folded) only when they lie
// between the last literal below the query and the first above it. Posting positions are
// summed from the block's first only for the keys that need them.
Lookup Gazetteer::lookup(std::string_view q) const {
  Lookup out;
  if (blocks_ == 0 || q.empty() || q.size() > fmt::kMaxKeyLength) return out;
  const uint8_t* text_end = key_text_ + key_text_size_;
  uint32_t lo = 0, hi = blocks_;  // last block whose first key is <= q
  const uint64_t q8 = prefix8(reinterpret_cast<const uint8_t*>(q.data()), q.size());
  while (hi - lo > 1) {
    const uint32_t mid = (lo + hi) / 2;
    if (block_prefix_[mid] != q8) {
      if (block_prefix_[mid] < q8) lo = mid; else hi = mid;
      continue;
    }
    const uint8_t* k = key_text_ + block_offset(mid);
    const uint8_t* nl = line_end(k, text_end);  // block_offset() lies inside the text
    const std::string_view first(reinterpret_cast<const char*>(k), nl - k);
    if (first <= q) lo = mid; else hi = mid;
  }

  uint32_t cached_key = UINT32_MAX, cached = 0;  // for posting_of
  // The references since the last literal: keys refs_from.. (all references), their ordinal
  // bytes from refs_text on.
  uint32_t refs_from = UINT32_MAX;
  const uint8_t* refs_text = nullptr;
  auto extends = [&](std::string_view k) { return k.size() > q.size() && k[q.size()] == ' ' && k.substr(0, q.size()) == q; };
  // Decodes the pending references up to key `to`, in order: collects one equal to q; the first
  // above q settles longer_keys. Returns true when one was above q.
  auto resolve = [&](uint32_t to) {
    const uint8_t* t = refs_text;
    for (uint32_t r = refs_from; r < to; ++r) {
      const uint8_t head = heads_[r];
      const uint8_t ordinal = (head == fmt::kRefNameAt || head == fmt::kRefSkeletonAt) && t < text_end ? *t++ : 0;
      const uint32_t at = posting_of(r, cached_key, cached), count = key_postings(r);
      int order;
      bool longer = false;
      if (is_skeleton_ref(head)) {
        const std::string k = ref_key(head, at, count, ordinal);
        order = k < q ? -1 : k == q ? 0 : 1;
        longer = extends(k);
      } else {
        if (ordinal >= count || at + ordinal >= posting_count_) continue;
        order = fmt::ref_compare(name_at(posting_place(at + ordinal)), q, longer);
      }
      if (order == 0) add_postings(head, at, count, ordinal, out.postings);
      else if (order > 0) { out.longer_keys = longer; return true; }
    }
    return false;
  };

  const uint8_t* p = key_text_ + block_offset(lo);
  size_t m = 0;
  for (uint32_t b = lo; b < blocks_; ++b) {
    const uint32_t first = b * fmt::kBlockKeys, last = std::min(first + fmt::kBlockKeys, keys_);
    for (uint32_t k = first; k < last; ++k) {
      if (k != first) {
        // Skip, by their heads alone, the keys surely below q (literals that share more than m
        // bytes with the literal before them) and the references among them.
        uint32_t j = k, literals = 0;
        while (j < last && (heads_[j] > fmt::kMaxShared || heads_[j] > m)) literals += heads_[j++] <= fmt::kMaxShared;
        if (j > k) {
          uint32_t r = k;  // the references after the last skipped literal start here
          if (literals) {
            for (r = j; r > k && heads_[r - 1] > fmt::kMaxShared;) --r;
            p = skip_lines(p, text_end, literals);
            refs_from = r < j ? r : UINT32_MAX;
            refs_text = p;
          } else if (refs_from == UINT32_MAX) {
            refs_from = k;
            refs_text = p;
          }
          for (; r < j; ++r) p += heads_[r] == fmt::kRefNameAt || heads_[r] == fmt::kRefSkeletonAt;
          k = j;
          if (k == last) break;
        }
      }
      const uint8_t head = heads_[k];
      if (p >= text_end || head > fmt::kMaxShared) return out;
      const uint8_t* nl = line_end(p, text_end);
      const std::string_view suffix(reinterpret_cast<const char*>(p), nl - p);
      p = nl + 1;
      if (k == first) m = 0;  // a block's first key is whole, not front-coded
      if (head > m) {  // agrees with the last literal past where that one left q: still below q
        refs_from = UINT32_MAX;
        continue;
      }
      bool compared = false;
      size_t j = 0;
      if (head >= m || head == fmt::kMaxShared) {  // the literal is q's first `head` bytes and then suffix
        const std::string_view rest = q.substr(head);
        while (j < suffix.size() && j < rest.size() && suffix[j] == rest[j]) ++j;
        if (j == suffix.size() && j == rest.size()) {  // equal
          refs_from = UINT32_MAX;
          add_postings(head, posting_of(k, cached_key, cached), key_postings(k), 0, out.postings);
          m = q.size();
          continue;
        }
        if (j == suffix.size() || (j < rest.size() && suffix[j] < rest[j])) {  // below q
          refs_from = UINT32_MAX;
          m = head + j;
          continue;
        }
        compared = true;
      }
      // Above q (when not compared, it differs from q where the last literal matched it).
      if (!(refs_from != UINT32_MAX && resolve(k)))
        out.longer_keys = compared && j == q.size() - head && suffix[j] == ' ';
      return out;
    }
  }
  if (refs_from != UINT32_MAX) resolve(keys_);
  return out;
}

std::vector<Posting> Gazetteer::candidates(std::string_view name) const {
  const std::string folded = fold(name);
  if (folded.empty()) return {};
  const std::string variant = variant_key(folded);
  return merge_candidates(lookup(folded).postings, variant.empty() ? std::vector<Posting>() : lookup(variant).postings);
}

std::string Gazetteer::variant_key(const std::string& folded) {
  // Short names have too many look-alikes for transliteration variants to help.
  if (folded.size() < 4) return {};
  std::string skel = skeleton(folded);
  return skel == folded ? std::string() : skel;
}

std::vector<Posting> Gazetteer::merge_candidates(const std::vector<Posting>& folded,
                                                 const std::vector<Posting>& skeleton) {
  std::vector<Posting> out = folded;
  for (Posting p : skeleton) {
    p.flags |= kVariantName;
    out.push_back(p);
  }
  // One posting per place, flags merged, the most direct name first.
  std::sort(out.begin(), out.end(), [](const Posting& a, const Posting& b) { return a.place < b.place; });
  std::vector<Posting> merged;
  merged.reserve(out.size());
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
  auto entry = [&](uint32_t i, uint32_t field) { return read<uint32_t>(r.data + 4 + uint64_t(i) * 24 + field * 4); };
  auto valid = [&](uint32_t i) {
    return 4 + uint64_t(i + 1) * 24 <= r.size && entry(i, 0) < r.size && uint64_t(entry(i, 1)) + entry(i, 2) <= r.size;
  };
  for (uint32_t i = 0; i < count && 4 + uint64_t(i + 1) * 24 <= r.size; ++i) {
    if (!valid(i)) continue;
    const char* n = reinterpret_cast<const char*>(r.data + entry(i, 0));
    if (std::string_view(n, strnlen(n, r.size - entry(i, 0))) != name) continue;
    if (entry(i, 4) == fmt::kResourcePlain) return {reinterpret_cast<const char*>(r.data + entry(i, 1)), entry(i, 2)};
    // Front-coded: every such resource is rebuilt once, on the first call that needs one.
    std::call_once(resource_cache_->decoded, [&] {
      resource_cache_->texts.resize(count);
      for (uint32_t k = 0; k < count; ++k) {
        if (!valid(k) || entry(k, 4) != fmt::kResourceFrontCoded) continue;
        const uint8_t* p = r.data + entry(k, 1);
        const uint8_t* end = p + entry(k, 2);
        const uint32_t lines = entry(k, 5);
        if (lines > entry(k, 2)) continue;
        const uint8_t* text = p + lines;
        std::string out, prev;
        out.reserve(std::min<uint64_t>(entry(k, 3), uint64_t(entry(k, 2)) * 256));  // (lines grow by < 256)
        for (uint32_t l = 0; l < lines && text < end; ++l) {
          const auto* nl = static_cast<const uint8_t*>(std::memchr(text, '\n', end - text));
          if (!nl) break;
          std::string line = prev.substr(0, std::min<size_t>(p[l], prev.size()));
          line.append(reinterpret_cast<const char*>(text), nl - text);
          text = nl + 1;
          if (l) out += '\n';
          out += line;
          prev = std::move(line);
        }
        resource_cache_->texts[k] = std::move(out);
      }
    });
    return resource_cache_->texts[i];
  }
  return {};
}

}  // namespace storymap
