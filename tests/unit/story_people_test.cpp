// People of a story: names with titles or given names, short forms linked to the full name,
// the country a title names, leaders' titles, named vessels. Built with the real gazetteer.
#include <doctest/doctest.h>

#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "extractor/lexicon.hpp"
#include "extractor/recogniser.hpp"
#include "resolver/resolver.hpp"
#include "story/event_lexicons.hpp"
#include "story/person_names.hpp"
#include "story/story_builder.hpp"

namespace {

using namespace storymap;

struct World {
  Gazetteer g;
  Lexicons lexicons;
  Recogniser recogniser;
  Resolver resolver;
  EventLexicons lex;
  explicit World(std::vector<uint8_t> bytes)
      : g(std::move(bytes)), lexicons(Lexicons::from(g)), recogniser(g, lexicons), resolver(g), lex(EventLexicons::from(g, lexicons)) {}
};

const World& world() {
  static const World w = [] {
    std::ifstream in(STORYMAP_GAZETTEER, std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), {});
    REQUIRE_MESSAGE(!bytes.empty(), "no gazetteer at " STORYMAP_GAZETTEER ": run `storymap gazetteer` first");
    return World(std::vector<uint8_t>(bytes.begin(), bytes.end()));
  }();
  return w;
}

struct Found {
  Story story;
  People people;
  const Person* named(const std::string& name) const {
    for (const Person& p : people.persons)
      if (p.name == name) return &p;
    return nullptr;
  }
  // The person the mention at the n-th occurrence of `surface` in article 0 refers to.
  std::string at(const std::string& surface, size_t n = 0) const {
    const std::string& text = story.articles[0].text;
    size_t pos = text.find(surface);
    for (size_t k = 0; k < n && pos != std::string::npos; ++k) pos = text.find(surface, pos + 1);
    for (const PersonMention& m : people.mentions)
      if (m.article == 0 && m.start == pos) return people.persons[m.person].name;
    return "";
  }
};

Found find(const std::string& body) {
  Found f;
  f.story = build_story({{"t.txt", "Title: t\nDate: 2021-05-12\n\n" + body}}, {}, world().recogniser, world().resolver);
  f.people = find_people(f.story, world().g, world().lex);
  return f;
}

}  // namespace

TEST_CASE("story people: titles, given names and short forms") {
  const Found f = find(
      "North Korean leader Kim Jong Un met Russian President Vladimir Putin. Kremlin adviser Yuri Ushakov said "
      "Kim and Putin would talk. Kim's sister, Kim Yo Jong, stayed home. Mr. Putin smiled.");
  REQUIRE(f.named("Kim Jong Un"));
  REQUIRE(f.named("Vladimir Putin"));
  REQUIRE(f.named("Yuri Ushakov"));
  REQUIRE(f.named("Kim Yo Jong"));
  // "Kim" alone is the Kim mentioned most; "Mr. Putin" is Vladimir Putin.
  CHECK(f.at("Kim", 1) == "Kim Jong Un");
  CHECK(f.at("Kim's") == "Kim Jong Un");
  CHECK(f.at("Putin smiled") == "Vladimir Putin");
  // The country before the title, and whether the title is a leader's.
  CHECK(world().g.place(f.named("Kim Jong Un")->home).name == "North Korea");
  CHECK(world().g.place(f.named("Vladimir Putin")->home).name == "Russia");
  CHECK(f.named("Kim Jong Un")->leader);
  CHECK(f.named("Vladimir Putin")->leader);
  CHECK_FALSE(f.named("Yuri Ushakov")->leader);
}

TEST_CASE("story people: deputies are no leaders; titles inside a run of capitals") {
  const Found f = find(
      "Russian Deputy Prime Minister Yuri Trutnev hosted a dinner. U.S. Secretary of State Mike Pompeo was not "
      "invited, Business Insider reporter Rosie Perper wrote.");
  REQUIRE(f.named("Yuri Trutnev"));
  CHECK_FALSE(f.named("Yuri Trutnev")->leader);
  CHECK(f.named("Mike Pompeo"));
  CHECK(f.named("Rosie Perper"));
}

TEST_CASE("story people: particles belong to the name; any of its words is a short form") {
  const Found f = find(
      "Brazilian President Luiz Inacio Lula da Silva arrived on Monday. Lula said trade would grow. German "
      "Commission President Ursula von der Leyen agreed with Lula.");
  REQUIRE(f.named("Luiz Inacio Lula da Silva"));
  CHECK(f.named("Ursula von der Leyen"));
  CHECK(f.at("Lula said") == "Luiz Inacio Lula da Silva");
  CHECK(f.at("Lula.") == "Luiz Inacio Lula da Silva");
}

TEST_CASE("story people: named vessels travel too") {
  const Found f = find("The research vessel Southern Surveyor left Hobart. Later the Southern Surveyor reached Suva.");
  const Person* ship = f.named("Southern Surveyor");
  REQUIRE(ship);
  CHECK(ship->vehicle);
  CHECK(ship->mode == "ship");
  CHECK(f.at("Southern Surveyor", 1) == "Southern Surveyor");
}

TEST_CASE("story people: places and organisations are not people") {
  const Found f = find("Officials in New York and Hong Kong said the Associated Press and Korea Institute agreed.");
  CHECK(f.people.persons.empty());
}
