// geoparse's input records: the one-pass reader gives what the full JSON parser gives.
#include <doctest/doctest.h>

#include <string>

#include "api/geoparse_record.hpp"
#include "story/article.hpp"

namespace {

std::string outcome(storymap::GeoparseRecord (*read)(std::string_view), std::string_view line) {
  try {
    const storymap::GeoparseRecord r = read(line);
    return r.id_json + "|" + r.text;
  } catch (const storymap::InputError& e) {
    return std::string("error: ") + e.what();
  }
}

}  // namespace

TEST_CASE("geoparse records: the usual shapes") {
  using storymap::read_geoparse_record;
  CHECK(read_geoparse_record(R"({"id":"a1","text":"In Paris."})").id_json == R"("a1")");
  CHECK(read_geoparse_record(R"({"id":"a1","text":"In Paris."})").text == "In Paris.");
  CHECK(read_geoparse_record(R"( { "text" : "x" , "id" : 42 } )").id_json == "42");
  CHECK(read_geoparse_record(R"({"docid":"d","text":"x"})").id_json == R"("d")");
  CHECK(read_geoparse_record(R"({"docid":"d","id":7,"text":"x"})").id_json == "7");  // id wins
  CHECK(read_geoparse_record(R"({"id":"q\"\\\/\u00e9\ud83d\ude00\n","text":"a\tb"})").id_json ==
        "\"q\\\"\\\\/\xC3\xA9\xF0\x9F\x98\x80\\n\"");
  CHECK(read_geoparse_record(R"({"id":1,"text":"a\tb\u0041"})").text == "a\tbA");
  CHECK_THROWS_AS(read_geoparse_record(R"({"id":1})"), storymap::InputError);
  CHECK_THROWS_AS(read_geoparse_record(R"({"text":"x"})"), storymap::InputError);
  CHECK_THROWS_AS(read_geoparse_record("[1]"), storymap::InputError);
  CHECK_THROWS_AS(read_geoparse_record(""), storymap::InputError);
}

TEST_CASE("geoparse records: the one-pass reader agrees with the full parser, errors included") {
  const char* lines[] = {
      R"({"id":"a","text":"b"})",
      R"({"id":-0,"text":"b"})",
      R"({"id":0,"text":"b"})",
      R"({"id":01,"text":"b"})",
      R"({"id":1.0,"text":"b"})",
      R"({"id":1e3,"text":"b"})",
      R"({"id":123456789012345678901234,"text":"b"})",
      R"({"id":-12,"text":"b"})",
      R"({"id":"a","text":"b","text":"c"})",
      R"({"id":"a","id":"b","text":"c"})",
      R"({"id":"a","text":"b","gold":[{"x":1}]})",
      R"({"id":"a","text":"b","lang":"en"})",
      R"({"id":"a","text":"b",})",
      R"({"id":"a","text":"b"} x)",
      R"({"id":"a","text":"b"}   )",
      R"({"id":"a","text":"\ud800"})",
      R"({"id":"a","text":"\udc00"})",
      R"({"id":"a","text":"\ud800\u0041"})",
      R"({"id":"a","text":"\x"})",
      R"({"id":"a","text":"\u00G0"})",
      R"({"id":"a","text":"tab	inside"})",
      R"({"id":"a","text":"\u0000"})",
      R"({"id":"a","te\u0078t":"b"})",
      R"({"id":null,"text":"b"})",
      R"({"id":true,"text":"b"})",
      R"({"id":"a","text":5})",
      R"({"id":"a","text":"b")",
      R"({"id":"a","text":"b)",
      R"({})",
      R"("text")",
      "{\"id\":\"a\",\"text\":\"\xC3\x28\"}",
      "{\"id\":\"a\",\"text\":\"\xED\xA0\x80\"}",
      "{\"id\":\"a\",\"text\":\"caf\xC3\xA9 \xE2\x80\x99\"}",
      "{\"id\":\"\xC3\xA9\",\"text\":\"b\"}",
      "{\"\xC3\xA9\":\"a\",\"id\":1,\"text\":\"b\"}",
      "\xEF\xBB\xBF{\"id\":1,\"text\":\"b\"}",
  };
  for (const char* line : lines) {
    CAPTURE(line);
    CHECK(outcome(storymap::read_geoparse_record, line) == outcome(storymap::read_geoparse_record_in_full, line));
  }
}
