#include "index/countries_reader.hpp"

#include <nlohmann/json.hpp>
#include <cmath>
#include <stdexcept>

#include "gazetteer/place.hpp"
#include "text/fold.hpp"

namespace storymap {
namespace {

// Americans, Russians, Israelis; Chinese and French stay as they are.
std::string demonym_plural(const std::string& d) {
  if (d.empty()) return d;
  const char last = d.back();
  const bool ese = d.size() > 3 && d.compare(d.size() - 3, 3, "ese") == 0;
  if (last == 'n' || last == 'i' || (last == 'e' && !ese)) return d + "s";
  return d;
}

}  // namespace

void read_countries(std::string_view text, const std::function<void(SourcePlace&&)>& sink) {
  const nlohmann::json doc = nlohmann::json::parse(text);
  if (!doc.is_array()) throw std::runtime_error("countries: expected a JSON array");
  for (const auto& c : doc) {
    const auto& ll = c.value("latlng", nlohmann::json::array());
    if (!c.contains("name") || ll.size() != 2) continue;
    SourcePlace p;
    p.name = c["name"].value("common", "");
    p.country = c.value("cca2", "");
    p.lat = ll[0].get<double>();
    p.lon = ll[1].get<double>();
    const auto& independent = c.value("independent", nlohmann::json());
    p.feature = independent.is_boolean() && !independent.get<bool>() ? "A.PCLD" : "A.PCLI";
    p.names.push_back({p.name, kPrimaryName});
    p.names.push_back({c["name"].value("official", ""), kAlternateName});
    for (const auto& s : c.value("altSpellings", nlohmann::json::array())) {
      if (!s.is_string()) continue;
      const std::string a = s.get<std::string>();
      // Two-letter ISO codes (TV, MR, IN) are words in running text; US and UK are curated aliases.
      if (!is_latin(a) || a.size() <= 2) continue;
      const bool code = a.size() <= 4 && a.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ.") == std::string::npos;
      p.names.push_back({a, uint8_t(code ? kAbbreviation : kAlternateName)});
    }
    if (c.contains("demonyms") && c["demonyms"].contains("eng")) {
      const auto& d = c["demonyms"]["eng"];
      for (const char* sex : {"m", "f"}) {
        const std::string demonym = d.value(sex, "");
        p.names.push_back({demonym, kDemonym});
        p.names.push_back({demonym_plural(demonym), kDemonym});
      }
    }
    // A country's prior grows with its size: "American" is the United States before it is the
    // Northern Mariana Islands, and Georgia the country is more often meant than a hamlet.
    const double area = c.value("area", 0.0);
    if (area > 1) p.importance_boost = int(std::lround(12 * std::log10(area)));
    sink(std::move(p));
  }
}

}  // namespace storymap
