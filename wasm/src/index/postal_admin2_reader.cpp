#include "index/postal_admin2_reader.hpp"

#include <cstdlib>
#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "gazetteer/place.hpp"

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
  size_t bad = 0, pos = 0;
  std::vector<std::string> f;
  while (pos < dump.size()) {
    size_t eol = dump.find('\n', pos);
    if (eol == std::string_view::npos) eol = dump.size();
    std::string_view line = dump.substr(pos, eol - pos);
    pos = eol + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) continue;
    f.clear();
    size_t start = 0;
    for (size_t i = 0; i <= line.size(); ++i)
      if (i == line.size() || line[i] == '\t') {
        f.emplace_back(line.substr(start, i - start));
        start = i + 1;
      }
    if (f.size() < 11 || f[5].empty()) {
      ++bad;
      continue;
    }
    char* e1 = nullptr;
    char* e2 = nullptr;
    const double lat = std::strtod(f[9].c_str(), &e1), lon = std::strtod(f[10].c_str(), &e2);
    if (f[9].empty() || f[10].empty() || *e1 || *e2) {
      ++bad;
      continue;
    }
    Sum& s = regions[{f[0], f[4], f[5]}];
    s.lat += lat;
    s.lon += lon;
    ++s.n;
  }
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
