// The binary gazetteer file, shared by the builder (index/) and the reader (gazetteer/).
//
// Little-endian. A 64-byte header, then sections at 8-byte aligned offsets, used in place:
// loading checks the header and checksum and never parses the body.
//
//   header   magic "SMGAZ\r\n\x1a", u32 version, u32 section count, u64 body size,
//            u64 FNV-1a checksum of the body, then the section table (u32 id, u32 pad,
//            u64 offset, u64 size) right after the header
//   places   columns of N entries each: i32 lat*1e5, i32 lon*1e5, u32 population,
//            u32 geonameid, u32 name offset (into strings), u8 feature index, u8 country index,
//            u16 admin1 index, u8 importance*255
//   strings  NUL-terminated UTF-8 display names and codes
//   features u32 count, then u32 string offsets of "P.PPLC"-style class.code pairs
//   countries u32 count, then u32 string offsets of ISO alpha-2 codes
//   admin1   u32 count, then u32 string offsets of admin1 codes
//   keys     folded names, sorted, front-coded in blocks of kBlockKeys:
//            u32 block count, u32 block byte offsets[], u32 block first-posting index[],
//            then per key: u8 shared prefix length, u8 suffix length, suffix bytes,
//            varint posting count
//   postings u32 per posting: place index << 8 | NameFlag bits
//   resources u32 count, then per resource u32 name offset, u32 text offset, u32 text size
//            (offsets into the section): the lexicons and corridors the engine reads
#pragma once
#include <cstdint>

namespace storymap::gazetteer_format {

constexpr char kMagic[8] = {'S', 'M', 'G', 'A', 'Z', '\r', '\n', '\x1a'};
constexpr uint32_t kVersion = 1;
constexpr uint32_t kHeaderSize = 64;
constexpr uint32_t kBlockKeys = 16;
constexpr uint32_t kMaxPlaces = 1u << 24;
constexpr uint32_t kMaxKeyLength = 255;

enum Section : uint32_t {
  kPlaces = 1, kStrings, kFeatures, kCountries, kAdmin1, kKeys, kPostings, kResources, kSectionEnd
};

inline uint64_t fnv1a(const uint8_t* data, uint64_t size) {
  uint64_t h = 1469598103934665603ull;
  for (uint64_t i = 0; i < size; ++i) { h ^= data[i]; h *= 1099511628211ull; }
  return h;
}

}  // namespace storymap::gazetteer_format
