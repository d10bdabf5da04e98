// Copies of strings that tables keep views of: appended into large blocks that never move,
// so a view stays valid until clear(), without an allocation per string.
#pragma once
#include <cstring>
#include <memory>
#include <string_view>
#include <vector>

namespace storymap {

class StringArena {
 public:
  std::string_view keep(std::string_view s) {
    char* p;
    if (s.size() > kBlock / 4) {  // a long one gets a block of its own
      p = large_.emplace_back(std::make_unique<char[]>(s.size())).get();
    } else {
      if (blocks_.empty() || used_ + s.size() > kBlock) {
        blocks_.push_back(std::make_unique<char[]>(kBlock));
        used_ = 0;
      }
      p = blocks_.back().get() + used_;
      used_ += s.size();
    }
    if (!s.empty()) std::memcpy(p, s.data(), s.size());
    return {p, s.size()};
  }

  void clear() {
    blocks_.clear();
    large_.clear();
    used_ = 0;
  }

 private:
  static constexpr size_t kBlock = 64 * 1024;
  std::vector<std::unique_ptr<char[]>> blocks_;  // the last one is being filled
  std::vector<std::unique_ptr<char[]>> large_;
  size_t used_ = 0;                               // bytes of the last block in use
};

}  // namespace storymap
