#include "index/build_gazetteer.hpp"

#include "index/countries_reader.hpp"
#include "index/curated_reader.hpp"
#include "index/gazetteer_builder.hpp"
#include "index/geonames_reader.hpp"
#include "index/postal_admin2_reader.hpp"
#include "index/regions_reader.hpp"

namespace storymap {

std::vector<uint8_t> build_gazetteer(const GazetteerInputs& in, GazetteerReport& report) {
  GazetteerBuilder b;
  auto sink = [&](SourcePlace&& p) { b.add(std::move(p)); };
  for (const std::string& dump : in.geonames) report.skipped_lines += read_geonames(dump, sink);
  if (!in.countries.empty()) read_countries(in.countries, sink);
  if (!in.regions.empty()) read_regions(in.regions, sink);
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
