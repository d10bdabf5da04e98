// Read side of the gazetteer: opens the binary file built by index/ and answers lookups in place.
#pragma once
#include <atomic>
#include <cstdint>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "gazetteer/place.hpp"

namespace storymap {

class GazetteerError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct Lookup {
  std::vector<Posting> postings;  // every place the key names
  bool longer_keys = false;       // some stored key starts with this key and a space
};

class Gazetteer {
 public:
  // Checks magic, version, section bounds and checksum; throws GazetteerError naming the problem.
  explicit Gazetteer(std::vector<uint8_t> bytes);
  Gazetteer(Gazetteer&&) noexcept;
  Gazetteer& operator=(Gazetteer&&) noexcept;
  ~Gazetteer();

  uint32_t size() const { return places_; }
  Place place(uint32_t index) const;
  // place() without the name and the GeoNames id, the two fields that cost most to decode and
  // that ranking never needs.
  Place place_core(uint32_t index) const;
  // place().importance alone, the prior the recogniser weighs names by.
  float importance(uint32_t index) const;

  // key must already be folded (see text/fold.hpp).
  Lookup lookup(std::string_view key) const;

  // Every place named by the text: its folded form, then its transliteration skeleton.
  std::vector<Posting> candidates(std::string_view name) const;
  // candidates() from the two look-ups it makes: of the folded name and of its skeleton (a
  // caller that remembers look-ups passes its own). One posting per place, the direct first.
  static std::vector<Posting> merge_candidates(const std::vector<Posting>& folded,
                                               const std::vector<Posting>& skeleton);
  // The key candidates() looks up for variants: the skeleton, or "" when it adds nothing.
  static std::string variant_key(const std::string& folded);

  // A text the builder packed in (lexicons, corridors); empty when absent. Long word lists are
  // stored front-coded and rebuilt on the first call (about a millisecond).
  std::string_view resource(std::string_view name) const;

  size_t byte_size() const { return bytes_.size(); }

 private:
  struct Section { const uint8_t* data = nullptr; uint64_t size = 0; };
  struct Table { const uint8_t* entries = nullptr; uint32_t count = 0, stride = 4; };
  std::string_view name_at(uint32_t index) const;
  std::string_view table_string(const Table& t, uint32_t index) const;
  float compute_importance(uint32_t index) const;
  // The strings of a table, found once on load: place_core() reads three per place.
  std::vector<std::string_view> table_strings(const Table& t) const;
  uint32_t posting_place(uint32_t posting) const;
  uint32_t geonameid(uint32_t index) const;
  // Binary search in `count` (u32 key, u32 value) pairs sorted by key.
  static bool find_pair(const uint8_t* pairs, uint32_t count, uint32_t key, uint32_t& value);
  uint32_t key_postings(uint32_t key) const;  // how many postings key number `key` has
  // The text of a key stored as a reference (head kRefName...) to its posting `ordinal`.
  std::string ref_key(uint8_t head, uint32_t posting, uint32_t count, uint32_t ordinal) const;
  // Appends the postings of a key stored with `head` (the reference's ordinal, if it is one).
  void add_postings(uint8_t head, uint32_t posting, uint32_t count, uint32_t ordinal, std::vector<Posting>& out) const;
  // The first posting of key number `key`, summed from its block's first (cached_key/cached:
  // a key and its first posting from an earlier call in the same walk).
  uint32_t posting_of(uint32_t key, uint32_t& cached_key, uint32_t& cached) const;
  uint32_t block_offset(uint32_t block) const;   // where the block's first key starts in the text
  uint32_t block_posting(uint32_t block) const;  // the block's first posting

  struct ResourceCache;  // front-coded resources, rebuilt on first use
  std::vector<uint8_t> bytes_;
  std::unique_ptr<ResourceCache> resource_cache_;
  Section sections_[16];
  uint32_t places_ = 0;
  // Byte planes of the places section (see gazetteer/format.hpp).
  uint32_t coordinate_unit_ = 0, lat_width_ = 0, lon_width_ = 0;
  const uint8_t* lat_ = nullptr;
  const uint8_t* lon_ = nullptr;
  const uint8_t* id_base_ = nullptr;  // 4 planes: the id of every kIdStride-th place
  const uint8_t* id_step_ = nullptr;  // the step from the place before
  const uint8_t* id_escapes_ = nullptr;  // 4 planes of places (ascending), 4 planes of their ids
  uint32_t id_escape_count_ = 0;
  const uint8_t* population_ = nullptr;  // 2 planes
  const uint8_t* feature_ = nullptr;
  const uint8_t* country_ = nullptr;
  const uint8_t* admin1_ = nullptr;  // 2 planes
  const uint8_t* boosts_ = nullptr;  // (u32 place, i32 boost) sorted by place
  uint32_t boost_count_ = 0;
  const uint8_t* name_index_ = nullptr;  // u32 per kNameStride places
  const char* strings_ = nullptr;
  uint64_t strings_size_ = 0;
  Table features_, countries_, admin1_table_;
  std::vector<std::string_view> feature_strings_, country_strings_, admin1_strings_;
  // importance() of each place once computed (its 1/255 step + 1; 0: not yet), as the
  // recogniser and the resolver ask again and again about the same few thousand places.
  // Atomic (relaxed) so that threads sharing a gazetteer may fill it at once.
  std::unique_ptr<std::atomic<uint16_t>[]> importance_memo_;
  const uint8_t* admin1_first_ = nullptr;  // u32 per country: its first admin1 entry
  uint32_t admin1_countries_ = 0;
  // Keys.
  uint32_t keys_ = 0;
  uint32_t blocks_ = 0;
  const uint8_t* block_offset_ = nullptr;   // 4 planes
  // The first eight bytes of every block's first key, big-endian (zero-padded), built on load:
  // the binary search over blocks runs in this small array and reads the key text only on a tie.
  std::vector<uint64_t> block_prefix_;
  const uint8_t* block_posting_ = nullptr;  // 4 planes
  const uint8_t* heads_ = nullptr;   // per key: shared prefix length or a reference kind
  const uint8_t* counts_ = nullptr;
  const uint8_t* overflow_ = nullptr;  // (u32 key, u32 count) sorted by key
  uint32_t overflow_count_ = 0;
  const uint8_t* key_text_ = nullptr;
  uint64_t key_text_size_ = 0;
  // Postings: place index planes, then the flags plane.
  const uint8_t* flag_table_ = nullptr;  // [context][rank] -> NameFlag bits
  const uint8_t* postings_ = nullptr;
  uint32_t posting_count_ = 0;
  uint32_t posting_width_ = 0;
};

}  // namespace storymap
