// Read side of the gazetteer: opens the binary file built by index/ and answers lookups in place.
#pragma once
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
  Gazetteer(Gazetteer&&) noexcept = default;
  Gazetteer& operator=(Gazetteer&&) noexcept = default;

  uint32_t size() const { return places_; }
  Place place(uint32_t index) const;

  // key must already be folded (see text/fold.hpp).
  Lookup lookup(std::string_view key) const;

  // Every place named by the text: its folded form, then its transliteration skeleton.
  std::vector<Posting> candidates(std::string_view name) const;

  // A text the builder packed in (lexicons, corridors); empty when absent.
  std::string_view resource(std::string_view name) const;

  size_t byte_size() const { return bytes_.size(); }

 private:
  struct Section { const uint8_t* data = nullptr; uint64_t size = 0; };
  const char* string_at(uint32_t offset) const;
  std::string key_at_block(uint32_t block, std::string& scratch) const;

  std::vector<uint8_t> bytes_;
  Section sections_[16];
  uint32_t places_ = 0;
  // Column pointers into the places section.
  const int32_t* lat_ = nullptr;
  const int32_t* lon_ = nullptr;
  const uint32_t* population_ = nullptr;
  const uint32_t* geonameid_ = nullptr;
  const uint32_t* name_ = nullptr;
  const uint8_t* feature_ = nullptr;
  const uint8_t* country_ = nullptr;
  const uint16_t* admin1_ = nullptr;
  const uint8_t* importance_ = nullptr;
  uint32_t blocks_ = 0;
  const uint32_t* block_offset_ = nullptr;
  const uint32_t* block_posting_ = nullptr;
  const uint8_t* key_bytes_ = nullptr;
  uint64_t key_bytes_size_ = 0;
  const uint32_t* postings_ = nullptr;
  uint32_t posting_count_ = 0;
};

}  // namespace storymap
