// The binary gazetteer file, shared by the builder (index/) and the reader (gazetteer/).
// docs/gazetteer.md describes it with figures; this is the reference.
//
// Little-endian. A 64-byte header, then sections at 8-byte aligned offsets, used in place:
// loading checks the header and checksum and sets pointers; it never parses the body.
// Multi-byte columns are stored as byte planes (every entry's low byte, then every entry's
// next byte, ...): random access stays O(1) and gzip, which the file is served with, sees runs
// of similar bytes instead of interleaved noise.
//
//   header    magic "SMGAZ\r\n\x1a", u32 version, u32 section count, u64 body size,
//             u64 checksum64 of the body (everything after the 64-byte header), u64
//             fold_fingerprint() of the builder, zeros to 64 bytes; then (first in the body) the
//             section table (u32 id, u32 pad, u64 offset, u64 size) right after the header
//   places    a 32-byte head: u32 count N, u32 coordinate unit (1e-7 degree), u32 lat width,
//             u32 lon width, u32 id escape count E, u32 boost count B, u32 0, u32 0; then planes
//             of N bytes: lat, lon (see encode_degrees), GeoNames id steps (see kIdStride: 4
//             planes of ceil(N / kIdStride) exact ids come first), population (2 planes, see
//             encode_population), feature index, country index, admin1 number within the
//             country (2 planes, 0: none); then, 4-aligned, the escaped ids: 4 planes of E
//             places (ascending), 4 planes of their E ids; 4-aligned, B x (u32 place, i32
//             importance boost) sorted by place
//   names     display names: u32 count N, 4 planes of ceil(N / kNameStride) offsets (from the
//             section start) of the name of every kNameStride-th place, then the NUL-terminated
//             UTF-8 names in place order: a name is found by skipping at most kNameStride - 1
//   strings   NUL-terminated codes for the tables below
//   features  u32 count, then (u32 string offset, f32 importance base) per "P.PPLC" class.code
//   countries u32 count, then u32 string offsets of ISO alpha-2 codes
//   admin1    u32 country count C, u32 first entry of each country's codes[C + 1], then u32
//             string offsets of "CC.ADM1" codes: a place's admin1 number k > 0 is entry
//             first[country] + k - 1
//   keys      folded names, sorted, in blocks of kBlockKeys keys: u32 key count K, u32 block
//             count, u32 overflow count V, u32 text size; u32 text offset of each block's first
//             key[blocks], u32 first posting of each block[blocks]; u8 head[K]; u8 posting
//             count[K] (kCountOverflow: see the overflow table); 4-aligned, V x (u32 key, u32
//             count) sorted by key; then the text. A head is one of
//               0..kMaxShared   a literal key: it shares that many bytes with the literal key
//                               before it; the rest follows in the text, ended by '\n' (a
//                               block's first key is literal, with 0)
//               kRefName        the key is fold() of the display name of its first posting's
//                               place: nothing stored
//               kRefSkeleton    skeleton(fold()) of that name
//               kRefNameAt, kRefSkeletonAt   the same for the posting whose ordinal (1..255)
//                               is the next byte of the text
//             Heads and counts sit in their own planes, apart from the text, which gzip then
//             compresses as text.
//   postings  u32 count P, u32 width W (bytes), u8 flag table[kFlagContexts][256], then W planes
//             of P bytes of place values and one plane of P flag ranks; a key's postings are
//             consecutive, by place. A value v < kRelativeWindow means "the place of posting
//             (this one - v)", which is stored as an absolute value; any other is the place
//             index + kRelativeWindow. The NameFlag bits of a posting are
//             flag table[flag_context(...)][rank]: ranks are small where a context's flags are
//             predictable (the posting a reference key names is a primary name, ...)
//   resources u32 count, then per resource u32 name offset, u32 data offset, u32 data size,
//             u32 text size, u32 encoding, u32 line count (offsets into the section); the
//             lexicons and corridors the engine reads. kResourcePlain: the data is the text.
//             kResourceFrontCoded (long sorted word lists): u8 shared[line count], each line's
//             prefix in common with the line before, then each line's rest and '\n'; the reader
//             rebuilds the text on first use
#pragma once
#include <cmath>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace storymap::gazetteer_format {

constexpr char kMagic[8] = {'S', 'M', 'G', 'A', 'Z', '\r', '\n', '\x1a'};
constexpr uint32_t kVersion = 2;
constexpr uint32_t kHeaderSize = 64;
constexpr uint32_t kBlockKeys = 128;
constexpr uint32_t kNameStride = 16;  // one name offset stored per kNameStride places
constexpr uint32_t kMaxPlaces = 1u << 24;
constexpr uint32_t kMaxKeyLength = 255;
constexpr uint8_t kMaxShared = 250;
constexpr uint8_t kRefName = 251;
constexpr uint8_t kRefSkeleton = 252;
constexpr uint8_t kRefNameAt = 253;
constexpr uint8_t kRefSkeletonAt = 254;
constexpr uint8_t kCountOverflow = 255;
constexpr uint32_t kRelativeWindow = 256;
constexpr uint32_t kFlagContexts = 12;
constexpr uint32_t kResourcePlain = 0, kResourceFrontCoded = 1;

// The context a posting's flags are ranked in: how its key is stored (0 literal, 1 kRefName*,
// 2 kRefSkeleton*), whether it is the posting the reference names, whether it is its key's only one.
inline uint32_t flag_context(uint32_t kind, bool referenced, uint32_t count) {
  return kind * 4 + (referenced ? 2 : 0) + (count == 1 ? 1 : 0);
}

enum Section : uint32_t {
  kPlaces = 1, kNames, kStrings, kFeatures, kCountries, kAdmin1, kKeys, kPostings, kResources, kSectionEnd
};

// Coordinates: whole units of kCoordinateUnit * 1e-7 degree from -90 (lat) or -180 (lon).
// 1e-4 degree is 11 m of latitude: far below the accuracy of a gazetteer point for a town
// (GeoNames gives 1e-5, but a place's point is its centre to within hundreds of metres). Each
// halving of the unit costs about 45 KB of gzip for the two (see docs/gazetteer.md).
constexpr uint32_t kCoordinateUnit = 1000;
inline uint32_t encode_degrees(double deg, double limit) {
  deg = deg < -limit ? -limit : deg > limit ? limit : deg;
  return uint32_t(std::llround((deg + limit) * (1e7 / kCoordinateUnit)));
}
inline double decode_degrees(uint32_t units, uint32_t unit, int32_t limit) {
  return double(int64_t(units) * unit - int64_t(limit) * 10000000) / 1e7;
}

// GeoNames ids: every kIdStride-th exact, the others as steps from the id before.
constexpr uint32_t kIdStride = 32;
constexpr uint32_t kIdEscape = 255;

// Population in 16 bits: exact below 100, above on a log scale in steps of 2% (a decoded value
// is within 1% of the true one; within 2% just under 100,000, see below). What the engine reads from it is the importance prior, whose
// log10(population)/16 term is kept to 1/255 (a 15% step in population), and the line of
// 100,000 that place_type() draws between city and town, which the encoder keeps a city on
// the right side of. Steps of 1% would cost about 10 KB of gzip.
constexpr uint32_t kExactPopulation = 100;
constexpr double kPopulationStep = 0.01980262729617973;  // ln(1.02)
inline uint32_t decode_population(uint16_t code) {
  if (code < kExactPopulation) return code;
  const double p = kExactPopulation * std::exp((code - kExactPopulation) * kPopulationStep);
  return p >= 4294967295.0 ? 4294967295u : uint32_t(std::llround(p));
}
inline uint16_t encode_population(uint32_t p) {
  if (p < kExactPopulation) return uint16_t(p);
  long code = long(kExactPopulation) + std::lround(std::log(double(p) / kExactPopulation) / kPopulationStep);
  if (code > 65535) code = 65535;
  const bool city = p >= 100000;
  while (code > long(kExactPopulation) && !city && decode_population(uint16_t(code)) >= 100000) --code;
  while (code < 65535 && city && decode_population(uint16_t(code)) < 100000) ++code;
  return uint16_t(code);
}

// The prior of a place (see index/importance.hpp), from its feature's base, its population and
// a curated boost in 1/255 units; quantised to 1/255 as the file has always stored it.
inline float population_term(uint32_t population) {
  return population > 0 ? std::log10(float(population)) / 16.f : 0.f;
}
inline float importance_of(float base, float population_term, int boost) {
  float v = base + population_term + boost / 255.f;
  v = v < 0.f ? 0.f : v > 1.f ? 1.f : v;
  return float(std::lround(v * 255)) / 255.f;
}
inline float importance_of(float base, uint32_t population, int boost) {
  return importance_of(base, population_term(population), boost);
}

// The body checksum: 64-bit, four independent multiply-rotate lanes over 32-byte stripes
// (the xxHash64 construction), so checking a few megabytes takes about a millisecond natively.
namespace detail {
constexpr uint64_t kP1 = 0x9E3779B185EBCA87ull, kP2 = 0xC2B2AE3D27D4EB4Full, kP3 = 0x165667B19E3779F9ull,
                   kP4 = 0x85EBCA77C2B2AE63ull, kP5 = 0x27D4EB2F165667C5ull;
inline uint64_t rotl(uint64_t x, int r) { return (x << r) | (x >> (64 - r)); }
inline uint64_t load64(const uint8_t* p) {
  uint64_t v;
  std::memcpy(&v, p, 8);
  return v;
}
inline uint64_t lane(uint64_t acc, uint64_t v) { return rotl(acc + v * kP2, 31) * kP1; }
inline uint64_t merge(uint64_t h, uint64_t acc) { return (h ^ lane(0, acc)) * kP1 + kP4; }
}  // namespace detail

inline uint64_t checksum64(const uint8_t* p, uint64_t size) {
  using namespace detail;
  const uint8_t* const end = p + size;
  uint64_t h;
  if (size >= 32) {
    uint64_t a = kP1 + kP2, b = kP2, c = 0, d = 0 - kP1;
    for (const uint8_t* stop = end - 32; p <= stop; p += 32) {
      a = lane(a, load64(p));
      b = lane(b, load64(p + 8));
      c = lane(c, load64(p + 16));
      d = lane(d, load64(p + 24));
    }
    h = rotl(a, 1) + rotl(b, 7) + rotl(c, 12) + rotl(d, 18);
    h = merge(merge(merge(merge(h, a), b), c), d);
  } else {
    h = kP5;
  }
  h += size;
  for (; p + 8 <= end; p += 8) h = rotl(h ^ lane(0, load64(p)), 27) * kP1 + kP4;
  for (; p < end; ++p) h = rotl(h ^ (*p * kP5), 11) * kP1;
  h ^= h >> 33;
  h *= kP2;
  h ^= h >> 29;
  h *= kP3;
  h ^= h >> 32;
  return h;
}

// fold(name) of a reference key (kRefName...) compared with q (-1, 0, 1) without building it; extends: it is q, a space, more.
int ref_compare(std::string_view name, std::string_view q, bool& extends);

// Keys are stored folded, and some only as "fold() of this place's name": a reader whose fold()
// or skeleton() differ from the builder's would search a differently sorted list. The builder
// records this fingerprint of both (over every letter they map and a probe of each rule) and
// the reader refuses a file whose fingerprint is not its own.
uint64_t fold_fingerprint();

}  // namespace storymap::gazetteer_format
