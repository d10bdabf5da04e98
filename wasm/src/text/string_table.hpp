// A hash table from string views to values, open addressing with linear probing in one array.
// The engine asks its word lists and look-up cache about every word of every text; node-based
// std::unordered_map costs an allocation per entry and a pointer chase per probe, which the
// WebAssembly build felt most. Keys are views: their bytes must outlive the table.
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

#include "text/string_hash.hpp"

namespace storymap {

template <typename V>
class StringTable {
 public:
  // The value of key, or nullptr.
  const V* find(std::string_view key) const {
    if (slots_.empty()) return nullptr;
    const uint32_t h = hash(key);
    for (size_t i = h & mask(); ; i = (i + 1) & mask()) {
      const Slot& s = slots_[i];
      if (!s.used) return nullptr;
      if (s.hash == h && s.key == key) return &s.value;
    }
  }
  V* find(std::string_view key) { return const_cast<V*>(static_cast<const StringTable*>(this)->find(key)); }
  bool contains(std::string_view key) const { return find(key) != nullptr; }

  // Adds key (if new) and returns its value; the reference stays valid until the next insert.
  V& insert(std::string_view key, V value = V()) {
    if ((size_ + 1) * 4 > slots_.size() * 3) grow();
    const uint32_t h = hash(key);
    size_t i = h & mask();
    for (; slots_[i].used; i = (i + 1) & mask())
      if (slots_[i].hash == h && slots_[i].key == key) return slots_[i].value;
    slots_[i] = {key, h, true, std::move(value)};
    ++size_;
    return slots_[i].value;
  }

  // Room for n entries in all without growing.
  void reserve(size_t n) {
    while (n * 4 > slots_.size() * 3) grow();
  }

  size_t size() const { return size_; }
  void clear() {
    slots_.clear();
    size_ = 0;
  }

 private:
  struct Slot {
    std::string_view key;
    uint32_t hash = 0;
    bool used = false;
    V value{};
  };
  static uint32_t hash(std::string_view key) {
    const uint64_t h = StringHash()(key);
    return uint32_t(h ^ (h >> 32));
  }
  size_t mask() const { return slots_.size() - 1; }
  void grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 16 : old.size() * 2, Slot());
    for (Slot& s : old)
      if (s.used) {
        size_t i = s.hash & mask();
        while (slots_[i].used) i = (i + 1) & mask();
        slots_[i] = std::move(s);
      }
  }
  std::vector<Slot> slots_;
  size_t size_ = 0;
};

}  // namespace storymap
