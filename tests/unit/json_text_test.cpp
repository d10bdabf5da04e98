// JSON written straight into a string: the same bytes as nlohmann::json's dump().
#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <nlohmann/json.hpp>
#include <string>

#include "output/json_text.hpp"
#include "text/string_arena.hpp"

TEST_CASE("json_text: numbers as dump() writes them") {
  for (double v : {0.0, -0.0, 39.0, -98.5, 31.3113, 1e-5, 123456789.125, 1e21, -180.0, 0.1 + 0.2,
                   std::numeric_limits<double>::infinity(), std::nan("")}) {
    CAPTURE(v);
    std::string out;
    storymap::json_text::append_number(out, v);
    CHECK(out == nlohmann::json(v).dump());
  }
  std::string out;
  storymap::json_text::append_number(out, uint64_t(4314550));
  CHECK(out == "4314550");
}

TEST_CASE("json_text: strings as dump() writes them, invalid UTF-8 replaced") {
  for (const std::string s : {std::string("plain"), std::string("q\"b\\s/\b\f\n\r\t"), std::string("\x01\x1f\x7f", 3),
                              std::string("caf\xC3\xA9 \xE2\x80\x99 \xF0\x9F\x98\x80"), std::string("bad \xC3\x28 end"),
                              std::string("nul\0in", 6), std::string()}) {
    CAPTURE(s);
    std::string out;
    storymap::json_text::append_string(out, s);
    CHECK(out == nlohmann::json(s).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
  }
}

TEST_CASE("string arena: views stay valid as it grows, long strings included") {
  storymap::StringArena arena;
  std::vector<std::string_view> views;
  std::vector<std::string> originals;
  for (int i = 0; i < 20000; ++i) {
    originals.push_back(std::string(size_t(i % 50), char('a' + i % 26)) + std::to_string(i));
    if (i % 5000 == 0) originals.back() += std::string(40000, 'x');  // longer than a quarter block
    views.push_back(arena.keep(originals.back()));
  }
  size_t intact = 0;
  for (size_t i = 0; i < views.size(); ++i) intact += views[i] == originals[i];
  CHECK(intact == originals.size());
  CHECK(arena.keep("").empty());
}
