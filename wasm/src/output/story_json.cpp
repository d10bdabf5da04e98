#include "output/story_json.hpp"

#include <cctype>
#include <cmath>
#include <map>
#include <set>

#include "output/events_json.hpp"

namespace storymap {

double round_coordinate(double deg) { return std::round(deg * 1e5) / 1e5; }

std::string place_id(const Place& p) {
  if (p.geonameid) return "gn-" + std::to_string(p.geonameid);
  std::string slug = "place-";
  for (char c : p.country) slug += char(std::tolower(static_cast<unsigned char>(c)));
  if (!p.country.empty()) slug += '-';
  bool dash = false;
  for (char c : p.name) {
    const unsigned char u = static_cast<unsigned char>(c);
    if (std::isalnum(u) && u < 0x80) {
      slug += char(std::tolower(u));
      dash = false;
    } else if (!dash && slug.back() != '-') {
      slug += '-';
      dash = true;
    }
  }
  while (slug.back() == '-') slug.pop_back();
  return slug;
}

namespace {

nlohmann::ordered_json point(const Place& p) {
  return {{"type", "Point"}, {"coordinates", {round_coordinate(p.lon), round_coordinate(p.lat)}}};
}

nlohmann::ordered_json articles_json(const Story& s) {
  nlohmann::ordered_json out = nlohmann::ordered_json::array();
  for (size_t i = 0; i < s.articles.size(); ++i) {
    const Article& a = s.articles[i];
    const ArticleDate& d = s.dates[i];
    out.push_back({{"id", a.id},
                   {"file", a.file},
                   {"title", a.title},
                   {"source", a.source.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(a.source)},
                   {"date", d.date.known() ? nlohmann::ordered_json(d.date.iso()) : nlohmann::ordered_json()},
                   {"date_basis", d.basis}});
  }
  return out;
}

}  // namespace

nlohmann::ordered_json story_json(const Story& s, const Gazetteer& g) {
  // Places in order of first mention; a place named only by a demonym ("French wine") is
  // not on the map unless a leg or an event stands there. Those follow the named places.
  std::set<uint32_t> referenced;
  for (const Leg& leg : s.legs) referenced.insert({leg.from, leg.to});
  for (const Event& e : s.events) referenced.insert(e.place);
  std::vector<uint32_t> order;
  std::map<uint32_t, std::vector<const PlaceMention*>> by_place;
  std::map<uint32_t, bool> named;
  for (const PlaceMention& m : s.mentions) {
    auto& v = by_place[m.place];
    if (v.empty()) order.push_back(m.place);
    v.push_back(&m);
    named[m.place] = named[m.place] || !m.demonym;
  }
  for (uint32_t idx : referenced) {
    if (!by_place.count(idx)) order.push_back(idx);
    named[idx] = true;
  }
  nlohmann::ordered_json features = nlohmann::ordered_json::array();
  for (uint32_t idx : order) {
    if (!named[idx]) continue;
    const Place p = g.place(idx);
    nlohmann::ordered_json mentions = nlohmann::ordered_json::array();
    size_t article = SIZE_MAX, quoted = 0;
    for (const PlaceMention* m : by_place[idx]) {
      if (m->article != article) article = m->article, quoted = 0;
      if (quoted++ >= kMaxMentionsQuoted) continue;
      const Article& a = s.articles[m->article];
      mentions.push_back({{"article", a.id},
                          {"start", m->start},
                          {"end", m->end},
                          {"text", a.text.substr(m->start, m->end - m->start)},
                          {"sentence", excerpt(a, m->sentence, m->start)},
                          {"demonym", m->demonym}});
    }
    nlohmann::ordered_json props = {{"kind", "place"},
                                    {"name", p.name},
                                    {"country", p.country.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(p.country)},
                                    {"type", place_type(p)}};
    if (p.geonameid) props["geonameid"] = p.geonameid;
    props["mention_count"] = by_place[idx].size();
    props["mentions"] = std::move(mentions);
    features.push_back({{"type", "Feature"}, {"id", place_id(p)}, {"geometry", point(p)}, {"properties", std::move(props)}});
  }
  append_event_features(s, g, features);
  nlohmann::ordered_json out = {{"type", "FeatureCollection"}};
  out["story"] = {{"articles", articles_json(s)}};
  out["features"] = std::move(features);
  return out;
}

}  // namespace storymap
