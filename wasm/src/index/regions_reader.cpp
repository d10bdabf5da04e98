#include "index/regions_reader.hpp"

#include <cstdlib>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "gazetteer/place.hpp"

namespace storymap {
namespace {
bool number(const nlohmann::json& v, double& out) {
  if (v.is_number()) { out = v.get<double>(); return true; }
  if (!v.is_string()) return false;
  const std::string s = v.get<std::string>();
  char* end = nullptr;
  out = std::strtod(s.c_str(), &end);
  return !s.empty() && end == s.c_str() + s.size();
}
}  // namespace

void read_regions(std::string_view text, const std::function<void(SourcePlace&&)>& sink) {
  const nlohmann::json doc = nlohmann::json::parse(text);
  if (!doc.is_array()) throw std::runtime_error("regions: expected a JSON array");
  for (const auto& r : doc) {
    SourcePlace p;
    if (!number(r.value("latitude", nlohmann::json()), p.lat) ||
        !number(r.value("longitude", nlohmann::json()), p.lon))
      continue;
    p.name = r.value("name", "");
    p.country = r.value("countryCode", "");
    p.admin1 = r.value("isoCode", "");
    p.feature = "A.ADM1";
    p.names.push_back({p.name, kPrimaryName});
    sink(std::move(p));
  }
}

}  // namespace storymap
