#include "resolver/resolver.hpp"

#include <algorithm>
#include <cmath>
#include <map>

#include "resolver/geo.hpp"

namespace storymap {
namespace {

bool is_country(const Place& p) { return p.feature_class == 'A' && p.feature_code.substr(0, 3) == "PCL"; }
bool is_region(const Place& p) { return p.feature_class == 'A' && p.feature_code == "ADM1"; }

// How strongly the way a name was written speaks for a candidate: its own name beats one of
// GeoNames' many alternates (Illinois is the state, not a Riverside once called so), and both
// beat a generated transliteration variant.
float name_score(uint8_t flags, bool any_direct) {
  if (flags & kVariantName) return -0.25f;
  if (flags & (kPrimaryName | kDemonym | kAbbreviation | kCuratedName)) return 0.1f;
  return any_direct ? -0.3f : -0.1f;  // only an alternate name
}

// Countries and first-level regions are what a bare name of theirs usually means, beyond what
// their prior says: "China" is the country, "California" the state, whatever else is so called.
float kind_score(const Place& p) { return is_country(p) ? 0.1f : is_region(p) ? 0.12f : 0.f; }

// How strongly the first-level region most of a text's places share pulls a town there.
constexpr float kRegionPull = 0.3f;  // the country vote's weight

bool direct(uint8_t flags) {
  return (flags & (kPrimaryName | kDemonym | kAbbreviation | kCuratedName)) && !(flags & kVariantName);
}

struct Scored {
  uint32_t place;
  uint8_t flags;
  float base;   // prior, name form, qualifier, named countries
  float score;  // base plus the pull of the text's other places
};

// Whether place p lies within region r (same first-level code where both sources agree on
// codes, as for US states; otherwise near its centre).
bool within_region(const Place& p, const Place& r) {
  if (p.country != r.country) return false;
  if (!p.admin1.empty() && !r.admin1.empty()) {
    const std::string_view code = p.admin1.substr(p.admin1.find('.') + 1);
    const std::string_view rcode = r.admin1.substr(r.admin1.find('.') + 1);
    if (code == rcode) return true;
  }
  return distance_km(p.lat, p.lon, r.lat, r.lon) < 250;
}

}  // namespace

CountryContext Resolver::countries_of(const std::vector<RecognisedName>& names) const {
  CountryContext c;
  for (const RecognisedName& n : names) {
    // A country or demonym names its country outright; an unambiguous place hints at it.
    for (const Posting& p : n.candidates) {
      const Place pl = g_.place_core(p.place);
      if (is_country(pl) && direct(p.flags)) c[std::string(pl.country)] += 1.0f;
    }
    if (n.candidates.size() == 1) {
      const Place pl = g_.place_core(n.candidates[0].place);
      if (!is_country(pl) && !pl.country.empty()) c[std::string(pl.country)] += 0.5f;
    }
  }
  return c;
}

std::vector<ResolvedName> Resolver::resolve(std::string_view text, const std::vector<RecognisedName>& names,
                                            const CountryContext& story) const {
  CountryContext countries = countries_of(names);
  for (const auto& [cc, w] : story) countries[cc] += 0.3f * w;

  // Names that read alike (the same candidates, the same qualifier) are one sense, decided
  // once: a long text repeats its names, and this keeps the work linear in its length.
  struct Sense {
    std::vector<Scored> scored;
    std::vector<Place> places;
    std::vector<float> named_country;
    size_t count = 0;  // names that share it
    bool demonym = false;
    uint32_t choice = 0;
    uint8_t flags = 0;
    float margin = 0;
  };
  std::vector<Sense> senses;
  std::vector<size_t> sense_of(names.size());
  std::map<std::vector<uint32_t>, size_t> sense_index;
  for (size_t i = 0; i < names.size(); ++i) {
    const RecognisedName& n = names[i];
    // "Paris, Texas" / "Alexandria, La.": the next name qualifies this one.
    const RecognisedName* qualifier = nullptr;
    if (i + 1 < names.size()) {
      const std::string_view between = text.substr(n.end, names[i + 1].start - n.end);
      if (between == ", " || between == ",") qualifier = &names[i + 1];
    }
    std::vector<uint32_t> key;
    for (const Posting& p : n.candidates) key.push_back(p.place << 8 | p.flags);
    key.push_back(n.demonym ? 1u : 0u);
    if (qualifier)
      for (const Posting& q : qualifier->candidates) key.push_back(q.place | 0x80000000u);
    auto [it, fresh] = sense_index.emplace(std::move(key), senses.size());
    sense_of[i] = it->second;
    if (!fresh) {
      ++senses[it->second].count;
      continue;
    }
    Sense sense;
    sense.count = 1;
    sense.demonym = n.demonym;
    const bool any_direct =
        std::any_of(n.candidates.begin(), n.candidates.end(), [](const Posting& p) { return direct(p.flags); });
    for (const Posting& p : n.candidates) {
      const Place pl = g_.place_core(p.place);
      float s = pl.importance + name_score(p.flags, any_direct) + kind_score(pl);
      if (qualifier) {
        for (const Posting& q : qualifier->candidates) {
          const Place qp = g_.place_core(q.place);
          if (qp.index == pl.index) continue;
          if ((is_country(qp) && qp.country == pl.country) || (is_region(qp) && within_region(pl, qp))) {
            s += 1.0f;
            break;
          }
        }
      }
      // Countries the text names outright favour their places (weighed again below, where the
      // larger of this and the country vote applies).
      auto c = countries.find(pl.country);
      const float named = c != countries.end() && !is_country(pl) ? 0.3f * std::min(1.0f, c->second / 2.0f) : 0.f;
      sense.named_country.push_back(named);
      sense.scored.push_back({p.place, p.flags, s, s + named});
      sense.places.push_back(pl);
    }
    senses.push_back(std::move(sense));
  }

  auto choose = [](Sense& sense) {
    const auto& v = sense.scored;
    size_t best = 0, second = v.size();
    for (size_t k = 1; k < v.size(); ++k) {
      if (v[k].score > v[best].score || (v[k].score == v[best].score && v[k].place < v[best].place)) {
        second = best;
        best = k;
      } else if (second == v.size() || v[k].score > v[second].score) {
        second = k;
      }
    }
    sense.choice = v[best].place;
    sense.flags = v[best].flags;
    sense.margin = second < v.size() ? std::min(1.0f, v[best].score - v[second].score) : 1.0f;
  };
  for (Sense& sense : senses) choose(sense);

  // The text's countries (or first-level regions): every name votes for those of its likelier
  // candidates. mine[s] holds what sense s gave to each key.
  struct Votes {
    std::map<std::string_view, float> total;
    std::vector<std::vector<std::pair<std::string_view, float>>> mine;
    // The votes for key from all but sense s (a name is not evidence for its own reading).
    float others(std::string_view key, size_t s) const {
      auto t = total.find(key);
      if (t == total.end()) return 0.f;
      for (const auto& [k, v] : mine[s])
        if (k == key) return std::max(0.f, t->second - v);
      return t->second;
    }
  };
  auto votes_by = [&](auto key_of) {
    Votes votes;
    votes.mine.resize(senses.size());
    for (size_t s = 0; s < senses.size(); ++s) {
      const Sense& sense = senses[s];
      float top = -1e9f, total = 0;
      for (const Scored& c : sense.scored) top = std::max(top, c.score);
      // (A sense has a few candidates in a few countries: a flat list, no map.)
      auto& mine = votes.mine[s];
      for (size_t k = 0; k < sense.scored.size(); ++k) {
        const float w = std::exp(6.f * (sense.scored[k].score - top));
        const std::string_view key = key_of(sense.places[k]);
        auto it = std::find_if(mine.begin(), mine.end(), [&](const auto& m) { return m.first == key; });
        if (it == mine.end()) mine.emplace_back(key, w);
        else it->second = std::max(it->second, w);
      }
      std::sort(mine.begin(), mine.end());  // votes summed in key order
      for (const auto& [key, w] : mine) total += w;
      for (auto& [key, w] : mine) {
        w = float(sense.count) * w / total;
        if (!key.empty()) votes.total[key] += w;
        w /= float(names.size());
      }
    }
    for (auto& [key, v] : votes.total) v /= float(names.size());
    return votes;
  };
  auto country_votes = [&] { return votes_by([](const Place& p) { return p.country; }).total; };
  auto region_votes = [&] { return votes_by([](const Place& p) { return p.admin1; }); };

  // Spatial coherence: the places of one text lie together. Clear choices become anchors (each
  // place once); every candidate is pulled by the anchors it shares a country or region with,
  // and by nearby ones.
  for (int round = 0; round < 2; ++round) {
    const auto votes = country_votes();
    const auto regions = region_votes();
    std::map<uint32_t, Place> anchor_set;
    for (const Sense& sense : senses)
      if (sense.margin >= 0.1f && !sense.demonym) anchor_set.emplace(sense.choice, g_.place_core(sense.choice));
    if (anchor_set.empty()) break;
    struct Anchor { const Place* place; bool region, country; };
    std::vector<Anchor> anchors;
    for (const auto& [index, an] : anchor_set) anchors.push_back({&an, is_region(an), is_country(an)});
    for (size_t s = 0; s < senses.size(); ++s) {
      Sense& sense = senses[s];
      if (sense.scored.size() < 2) continue;
      for (size_t k = 0; k < sense.scored.size(); ++k) {
        const Place& pl = sense.places[k];
        const bool region = is_region(pl), country = is_country(pl);
        int inside = 0;  // anchors within this candidate region
        bool within = false;
        double nearest = 1e9;
        for (const Anchor& a : anchors) {
          const Place& an = *a.place;
          if (an.index == pl.index) continue;
          if (region && !a.region && within_region(an, pl)) ++inside;
          if (a.region && !region && within_region(pl, an)) within = true;
          if (!a.country && !country) nearest = std::min(nearest, approx_distance_km(an.lat, an.lon, pl.lat, pl.lon));
        }
        auto vote = votes.find(pl.country);
        float pull = std::max(sense.named_country[k], vote == votes.end() ? 0.f : 0.3f * vote->second);
        if (inside) pull += 0.15f * float(std::min(inside, 3));
        if (within) pull += 0.25f;
        if (!country) pull += 0.25f * float(std::exp(-nearest / 200.0));
        // A town in the region most of the text's places lie in (local news names its own
        // Paris, Dublin and Richmond without saying which).
        if (!country && !region && !pl.admin1.empty()) pull += kRegionPull * regions.others(pl.admin1, s);
        // Context decides between comparable candidates; it does not turn a hamlet called
        // China into the meaning of "China".
        sense.scored[k].score = sense.scored[k].base + std::min(pull, 0.6f);
      }
      choose(sense);
    }
  }

  // A name known only as one of GeoNames' alternates or as a generated variant (Hamas for Hamm,
  // Noma for Nome) stands only when the text supports it: its country is the text's, or it
  // lies near the text's other places. Hasan is Khasan in an article about Russia.
  const auto votes = country_votes();
  std::map<uint32_t, Place> support;
  for (const Sense& sense : senses)
    if (direct(sense.flags)) support.emplace(sense.choice, g_.place_core(sense.choice));
  auto supported = [&](const Sense& sense) {
    if (direct(sense.flags) || (sense.flags & kCuratedName)) return true;
    const Place pl = g_.place_core(sense.choice);
    auto c = countries.find(pl.country);
    if (c != countries.end() && c->second >= 1.0f) return true;
    auto v = votes.find(pl.country);
    if (v != votes.end() && v->second >= 0.5f && names.size() >= 3) return true;
    for (const auto& [index, s] : support)
      if (index != pl.index && approx_distance_km(s.lat, s.lon, pl.lat, pl.lon) < 300) return true;
    return false;
  };
  std::vector<bool> keep(senses.size());
  for (size_t s = 0; s < senses.size(); ++s) keep[s] = supported(senses[s]);
  std::vector<ResolvedName> out;
  out.reserve(names.size());
  for (size_t i = 0; i < names.size(); ++i) {
    const Sense& sense = senses[sense_of[i]];
    if (keep[sense_of[i]]) out.push_back({names[i].start, names[i].end, sense.choice, names[i].demonym, sense.margin});
  }
  return out;
}

}  // namespace storymap
