#include "story/corridors.hpp"

#include "resolver/geo.hpp"
#include "text/fold.hpp"

#include "text/lines.hpp"

namespace storymap {
namespace {

// What taking a region rather than a town of the name costs, in kilometres of detour.
constexpr double kRegionPenaltyKm = 100000;

// Calls f(first column, second column) for each non-comment line of a TSV text.
template <typename F>
void for_each_row(std::string_view text, F f) {
  for_each_data_line(text, [&](std::string_view line) {
    const size_t tab = line.find('\t');
    f(trim_line(line.substr(0, tab)), tab == std::string_view::npos ? std::string_view() : trim_line(line.substr(tab + 1)));
  });
}

// The place a station name means: in the given country, nearest the previous station.
bool place_station(const Gazetteer& g, std::string_view name, std::string_view country, const Place* previous,
                   uint32_t& out) {
  bool found = false;
  double best = 0;
  for (const Posting& p : g.candidates(name)) {
    const Place c = g.place(p.place);
    if (!country.empty() && c.country != country) continue;
    // Towns and stations before regions of the same name; then nearness, or prominence.
    const bool town = c.feature_class == 'P' || c.feature_class == 'S';
    const double score = (town ? 0 : -kRegionPenaltyKm) +
                         (previous ? -distance_km(previous->lat, previous->lon, c.lat, c.lon) : c.importance);
    if (!found || score > best) {
      found = true;
      best = score;
      out = p.place;
    }
  }
  return found;
}

}  // namespace

std::vector<Corridor> load_corridors(const Gazetteer& g) {
  std::vector<Corridor> out;
  for_each_row(g.resource("corridors/index.tsv"), [&](std::string_view file, std::string_view mode) {
    Corridor c;
    c.name = std::string(file);
    c.mode = std::string(mode);
    for_each_row(g.resource("corridors/" + c.name), [&](std::string_view name, std::string_view country) {
      uint32_t idx = 0;
      const Place previous = c.stations.empty() ? Place{} : g.place(c.stations.back());
      if (place_station(g, name, country, c.stations.empty() ? nullptr : &previous, idx)) c.stations.push_back(idx);
    });
    if (c.stations.size() >= 2) out.push_back(std::move(c));
  });
  return out;
}

}  // namespace storymap
