// The gazetteer builder over small sources of our own.
#include <doctest/doctest.h>

#include <string>

#include "gazetteer/gazetteer.hpp"
#include "index/build_gazetteer.hpp"
#include "text/fold.hpp"

namespace {

// A GeoNames dump line: id, name, ascii, alternates, lat, lon, class, code, country, cc2, admin1,
// admin2, admin3, admin4, population.
std::string town(const char* id, const char* name, const char* lat, const char* lon, const char* cc, const char* a1) {
  return std::string(id) + "\t" + name + "\t" + name + "\t\t" + lat + "\t" + lon + "\tP\tPPL\t" + cc + "\t\t" + a1 +
         "\t\t\t\t5000\n";
}

}  // namespace

TEST_CASE("gazetteer build: a region its source puts in another country is left out") {
  storymap::GazetteerInputs in;
  in.geonames.push_back(town("1", "Norwich", "52.628", "1.299", "GB", "ENG") +
                        town("2", "Richmond", "37.553", "-77.460", "US", "VA"));
  // Norfolk, England, as country-state-city gives it: at Norfolk, Virginia. Suffolk where it is.
  in.regions = R"([{"name":"Norfolk","countryCode":"GB","isoCode":"NFK","latitude":"36.85","longitude":"-76.28"},
                   {"name":"Suffolk","countryCode":"GB","isoCode":"SFK","latitude":"52.18","longitude":"0.97"},
                   {"name":"Atlantis","countryCode":"XX","isoCode":"AT","latitude":"0","longitude":"-30"}])";
  storymap::GazetteerReport report;
  const storymap::Gazetteer g(storymap::build_gazetteer(in, report));
  CHECK(report.misplaced_regions == 1);
  REQUIRE(report.warnings.size() == 1);
  CHECK(report.warnings[0].find("Norfolk (GB)") != std::string::npos);
  CHECK(g.lookup(storymap::fold("Norfolk")).postings.empty());
  CHECK(g.lookup(storymap::fold("Suffolk")).postings.size() == 1);
  CHECK(g.lookup(storymap::fold("Atlantis")).postings.size() == 1);  // no towns of its country to judge by
}
