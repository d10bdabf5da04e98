#include "resolver/resolver.hpp"

#include <algorithm>
#include <cmath>

#include "resolver/geo.hpp"

namespace storymap {
namespace {

bool is_country(const Place& p) { return p.feature_class == 'A' && p.feature_code.substr(0, 3) == "PCL"; }
bool is_region(const Place& p) { return p.feature_class == 'A' && p.feature_code == "ADM1"; }

// How strongly a name's own form speaks for a candidate.
float name_score(uint8_t flags) {
  float s = 0;
  if (flags & kPrimaryName) s += 0.1f;
  if (flags & kCuratedName) s += 0.05f;
  if (flags & kVariantName) s -= 0.2f;
  return s;
}

struct Scored {
  uint32_t place;
  float score;
};

}  // namespace

CountryContext Resolver::countries_of(const std::vector<RecognisedName>& names) const {
  CountryContext c;
  for (const RecognisedName& n : names) {
    // A country or demonym names its country outright; an unambiguous place hints at it.
    for (const Posting& p : n.candidates) {
      const Place pl = g_.place(p.place);
      if (is_country(pl) && !(p.flags & kVariantName)) c[std::string(pl.country)] += 1.0f;
    }
    if (n.candidates.size() == 1) {
      const Place pl = g_.place(n.candidates[0].place);
      if (!is_country(pl) && !pl.country.empty()) c[std::string(pl.country)] += 0.5f;
    }
  }
  return c;
}

std::vector<ResolvedName> Resolver::resolve(std::string_view text, const std::vector<RecognisedName>& names,
                                            const CountryContext& story) const {
  CountryContext countries = countries_of(names);
  for (const auto& [cc, w] : story) countries[cc] += 0.3f * w;
  std::vector<Place> regions;  // first-level regions the text names
  for (const RecognisedName& n : names)
    if (n.candidates.size() <= 3)
      for (const Posting& p : n.candidates) {
        const Place pl = g_.place(p.place);
        if (is_region(pl)) regions.push_back(pl);
      }

  std::vector<std::vector<Scored>> scored(names.size());
  for (size_t i = 0; i < names.size(); ++i) {
    const RecognisedName& n = names[i];
    // "Paris, Texas" / "Alexandria, La.": the next name qualifies this one.
    const RecognisedName* qualifier = nullptr;
    if (i + 1 < names.size()) {
      const std::string_view between = text.substr(n.end, names[i + 1].start - n.end);
      if (between == ", " || between == ",") qualifier = &names[i + 1];
    }
    for (const Posting& p : n.candidates) {
      const Place pl = g_.place(p.place);
      float s = pl.importance + name_score(p.flags);
      auto it = countries.find(std::string(pl.country));
      if (it != countries.end() && !is_country(pl)) s += 0.3f * std::min(1.0f, it->second / 2.0f);
      for (const Place& r : regions)
        if (r.index != pl.index && r.country == pl.country && !is_region(pl) &&
            distance_km(r.lat, r.lon, pl.lat, pl.lon) < 400)
          s += 0.2f;
      if (qualifier) {
        for (const Posting& q : qualifier->candidates) {
          const Place qp = g_.place(q.place);
          if (qp.index == pl.index) continue;
          const bool inside = (is_country(qp) && qp.country == pl.country) ||
                              (is_region(qp) && qp.country == pl.country && distance_km(qp.lat, qp.lon, pl.lat, pl.lon) < 500);
          if (inside) { s += 1.0f; break; }
        }
      }
      scored[i].push_back({p.place, s});
    }
  }

  // Spatial coherence: places of one story lie near each other. Anchor on the first choices
  // that are clear, then pull ambiguous names towards them.
  std::vector<uint32_t> choice(names.size());
  std::vector<float> margin(names.size());
  auto choose = [&](size_t i) {
    auto& v = scored[i];
    std::sort(v.begin(), v.end(), [](const Scored& a, const Scored& b) {
      return a.score != b.score ? a.score > b.score : a.place < b.place;
    });
    choice[i] = v[0].place;
    margin[i] = v.size() > 1 ? std::min(1.0f, v[0].score - v[1].score) : 1.0f;
  };
  for (size_t i = 0; i < names.size(); ++i) choose(i);
  std::vector<Place> anchors;
  for (size_t i = 0; i < names.size(); ++i) {
    const Place pl = g_.place(choice[i]);
    if (margin[i] >= 0.15f && !is_country(pl) && !names[i].demonym) anchors.push_back(pl);
  }
  if (!anchors.empty()) {
    for (size_t i = 0; i < names.size(); ++i) {
      if (scored[i].size() < 2) continue;
      for (Scored& s : scored[i]) {
        const Place pl = g_.place(s.place);
        if (is_country(pl)) continue;
        double nearest = 1e9;
        for (const Place& a : anchors)
          if (a.index != pl.index) nearest = std::min(nearest, distance_km(a.lat, a.lon, pl.lat, pl.lon));
        s.score += 0.25f * float(std::exp(-nearest / 400.0));
      }
      choose(i);
    }
  }

  std::vector<ResolvedName> out;
  out.reserve(names.size());
  for (size_t i = 0; i < names.size(); ++i)
    out.push_back({names[i].start, names[i].end, choice[i], names[i].demonym, margin[i]});
  return out;
}

}  // namespace storymap
