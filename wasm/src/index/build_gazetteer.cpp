#include "index/build_gazetteer.hpp"

#include "index/countries_reader.hpp"
#include "index/curated_reader.hpp"
#include "index/gazetteer_builder.hpp"
#include "index/geonames_reader.hpp"
#include "index/postal_admin2_reader.hpp"
#include "index/regions_reader.hpp"
#include "index/town_map.hpp"

namespace storymap {

std::vector<uint8_t> build_gazetteer(const GazetteerInputs& in, GazetteerReport& report) {
  GazetteerBuilder b;
  TownMap towns;
  auto sink = [&](SourcePlace&& p) { b.add(std::move(p)); };
  for (const std::string& dump : in.geonames)
    report.skipped_lines += read_geonames(dump, [&](SourcePlace&& p) {
      towns.add(p);
      b.add(std::move(p));
    });
  if (!in.countries.empty()) read_countries(in.countries, sink);
  // A region whose point lies far from every town of its country is misplaced by its source.
  constexpr double kMaxRegionOffsetKm = 1000;
  std::vector<std::string> misplaced;
  if (!in.regions.empty())
    read_regions(in.regions, [&](SourcePlace&& p) {
      if (towns.near_own_towns(p, kMaxRegionOffsetKm)) b.add(std::move(p));
      else misplaced.push_back(p.name + " (" + p.country + ")");
    });
  report.misplaced_regions = misplaced.size();
  if (!misplaced.empty()) {
    std::string w = std::to_string(misplaced.size()) + " regions left out, their points more than " +
                    std::to_string(int(kMaxRegionOffsetKm)) + " km from every town of their country:";
    for (size_t i = 0; i < misplaced.size() && i < 8; ++i) w += (i ? ", " : " ") + misplaced[i];
    report.warnings.push_back(misplaced.size() > 8 ? w + ", ..." : w);
  }
  for (const std::string& dump : in.postal) report.skipped_lines += read_postal_admin2(dump, sink);
  if (!in.curated_places.empty()) read_curated_places(in.curated_places, sink);
  for (const CuratedAlias& a : read_curated_aliases(in.curated_aliases))
    if (!b.add_alias(a.alias, a.target, a.country, a.flags))
      report.warnings.push_back("alias '" + a.alias + "': no place '" + a.target + "' in '" + a.country + "'");
  for (const auto& [name, text] : in.resources) b.add_resource(name, text);
  report.places = b.size();
  return b.build();
}

}  // namespace storymap
