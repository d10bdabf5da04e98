#include "index/postal_admin2_reader.hpp"

#include <cstdlib>
#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "gazetteer/place.hpp"
#include "index/tsv.hpp"

namespace storymap {
namespace {

struct Sum {
  double lat = 0, lon = 0;
  int n = 0;
};

bool ends_with(const std::string& s, std::string_view end) {
  return s.size() >= end.size() && s.compare(s.size() - end.size(), end.size(), end) == 0;
}

// How the region is written in running text: "Laurel County", "Acadia Parish".
std::string region_name(const std::string& country, const std::string& admin1, const std::string& admin2) {
  if (country != "US") return admin2;
  for (std::string_view kind : {" County", " Parish", " Borough", " Census Area", " Municipality", " city", " City"})
    if (ends_with(admin2, kind)) return admin2;
  if (admin1 == "LA") return admin2 + " Parish";
  if (admin1 == "AK") return admin2 + " Borough";
  return admin2 + " County";
}

}  // namespace

size_t read_postal_admin2(std::string_view dump, const std::function<void(SourcePlace&&)>& sink) {
  std::map<std::tuple<std::string, std::string, std::string>, Sum> regions;  // sorted: stable output
  size_t bad = 0;
  for_each_tsv_row(dump, [&](const std::vector<std::string_view>& f) {
    double lat = 0, lon = 0;
    if (f.size() < 11 || f[5].empty() || !parse_number(f[9], lat) || !parse_number(f[10], lon)) {
      ++bad;
      return;
    }
    Sum& s = regions[{std::string(f[0]), std::string(f[4]), std::string(f[5])}];
    s.lat += lat;
    s.lon += lon;
    ++s.n;
  });
  for (const auto& [key, s] : regions) {
    const auto& [country, admin1, admin2] = key;
    SourcePlace p;
    p.name = region_name(country, admin1, admin2);
    p.lat = s.lat / s.n;
    p.lon = s.lon / s.n;
    p.feature = "A.ADM2";
    p.country = country;
    p.admin1 = admin1;
    p.names.push_back({p.name, kPrimaryName});
    sink(std::move(p));
  }
  return bad;
}

}  // namespace storymap
