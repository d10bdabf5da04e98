#include "story/journey_builder.hpp"

#include <algorithm>
#include <map>
#include <tuple>

#include "story/date_range.hpp"
#include "story/place_levels.hpp"

namespace storymap {
namespace {

// Claims of one traveller further apart than this belong to different trips.
constexpr long kTripGapDays = 21;
// A trip's stops beyond this many (the best supported are kept): news trips have few.
constexpr size_t kMaxStops = 64;
// What an explicit order ("from X to Y", "left X for Y") weighs against narrative order.
constexpr int kExplicitVote = 3;
// Claims of one travel phrase, and steps back to where the traveller was, looked at.
constexpr size_t kMaxPhraseClaims = 16;

using Position = std::tuple<size_t, size_t, size_t>;  // article, sentence, token

Position position(const TravelClaim& c) { return {c.article, c.sentence, c.token}; }

struct Node {
  uint32_t place = 0;
  bool ret = false;
  std::vector<size_t> claims;         // claims placing the traveller here
  std::vector<size_t> also;           // claims of a coarser stop this one stands for
  bool uncertain = false;
  // Summaries of `claims`, computed once they are complete (a node may hold thousands).
  mutable bool summarised = false;
  mutable Position first{SIZE_MAX, SIZE_MAX, SIZE_MAX};
  mutable Date arrival, departure;
};

class TripBuilder {
 public:
  TripBuilder(const std::vector<TravelClaim>& claims, const People& people, const Gazetteer& g)
      : claims_(claims), people_(people), g_(g) {}

  // One trip from the claims of one traveller in one stretch of time; false when it has no stop.
  bool build(size_t traveller, const std::vector<size_t>& ids, Trip& trip) {
    nodes_.clear();
    std::vector<size_t> open;
    std::map<std::pair<uint32_t, bool>, size_t> index;
    for (size_t i : ids) {
      const TravelClaim& c = claims_[i];
      if (c.place == kNoPlace) {
        if (c.role == Role::From) open.push_back(i);
        continue;
      }
      if (place_level(g_.place(c.place)) == PlaceLevel::Wide) continue;
      const auto key = std::make_pair(c.place, c.is_return && c.role == Role::To);
      auto it = index.find(key);
      if (it == index.end()) {
        it = index.emplace(key, nodes_.size()).first;
        nodes_.emplace_back();
        nodes_.back().place = c.place;
        nodes_.back().ret = key.second;
      }
      Node& n = nodes_[it->second];
      n.claims.push_back(i);
      n.uncertain = n.uncertain || c.uncertain;
    }
    drop_coarse();
    // The origin: a place the traveller only left from.
    int origin = -1;
    for (size_t k = 0; k < nodes_.size(); ++k) {
      if (nodes_[k].ret || !only_left(nodes_[k])) continue;
      if (origin < 0 || first_position(nodes_[k]) < first_position(nodes_[size_t(origin)])) origin = int(k);
    }
    if (!open.empty()) {
      if (origin >= 0) {
        nodes_[size_t(origin)].uncertain = true;
        for (size_t i : open) nodes_[size_t(origin)].also.push_back(i);
      } else if (people_.persons[traveller].home != kNoPlace) {
        nodes_.emplace_back();
        nodes_.back().place = people_.persons[traveller].home;
        nodes_.back().claims = open;
        nodes_.back().uncertain = true;
        origin = int(nodes_.size() - 1);
      }
    }
    std::vector<size_t> middle, returns;
    for (size_t k = 0; k < nodes_.size(); ++k) {
      if (int(k) == origin) continue;
      (nodes_[k].ret ? returns : middle).push_back(k);
    }
    if (middle.size() > kMaxStops) {
      std::stable_sort(middle.begin(), middle.end(),
                       [&](size_t a, size_t b) { return nodes_[a].claims.size() > nodes_[b].claims.size(); });
      middle.resize(kMaxStops);
    }
    middle = order_by_votes(middle);
    middle = order_by_date(middle);
    std::stable_sort(returns.begin(), returns.end(), [&](size_t a, size_t b) {
      return first_day(arrival(nodes_[a])) < first_day(arrival(nodes_[b]));
    });

    std::vector<size_t> order;
    if (origin >= 0) order.push_back(size_t(origin));
    order.insert(order.end(), middle.begin(), middle.end());
    order.insert(order.end(), returns.begin(), returns.end());
    if (order.empty()) return false;
    // "Returned home" after leaving from a town at home: back to that town.
    if (origin >= 0)
      for (size_t k : returns) {
        const Place home = g_.place(nodes_[k].place);
        const Place start = g_.place(nodes_[size_t(origin)].place);
        if (contains(home, start)) nodes_[k].place = start.index;
      }
    trip.traveller = traveller;
    trip.mode = most_common_mode(ids);
    for (size_t k : order) trip.stops.push_back(stop_of(nodes_[k]));
    return true;
  }

 private:
  bool only_left(const Node& n) const {
    return std::all_of(n.claims.begin(), n.claims.end(), [&](size_t i) { return claims_[i].role == Role::From; });
  }

  void summarise(const Node& n) const {
    if (n.summarised) return;
    n.summarised = true;
    for (size_t i : n.claims)
      if (claims_[i].narrative) n.first = std::min(n.first, position(claims_[i]));
    n.arrival = pick_date(n, false);
    n.departure = pick_date(n, true);
  }

  Position first_position(const Node& n) const {
    summarise(n);
    return n.first;
  }

  // A country or region that the trip also names a place inside stands for that place (a
  // return "to Poland" for one "to Warsaw" too).
  void drop_coarse() {
    std::vector<Node> kept;
    for (size_t u = 0; u < nodes_.size(); ++u) {
      const Place pu = g_.place(nodes_[u].place);
      int inner = -1;
      if (place_level(pu) <= PlaceLevel::Region)
        for (size_t v = 0; v < nodes_.size(); ++v)
          if (v != u && nodes_[v].ret == nodes_[u].ret && contains(pu, g_.place(nodes_[v].place)) &&
              (inner < 0 || first_position(nodes_[v]) < first_position(nodes_[size_t(inner)])))
            inner = int(v);
      if (inner < 0) continue;
      Node& target = nodes_[size_t(inner)];
      target.also.insert(target.also.end(), nodes_[u].claims.begin(), nodes_[u].claims.end());
      target.uncertain = target.uncertain || (only_left(nodes_[u]) && nodes_[u].uncertain);
      nodes_[u].claims.clear();
    }
    for (Node& n : nodes_)
      if (!n.claims.empty()) kept.push_back(std::move(n));
    nodes_ = std::move(kept);
  }

  Date arrival(const Node& n) const {
    summarise(n);
    return n.arrival;
  }
  Date departure(const Node& n) const {
    summarise(n);
    return n.departure;
  }

  // The earliest date given for arriving (or leaving), at the precision given. "Set off for Y
  // on Monday" dates the departure, not the arrival: such dates count only when no other does.
  Date pick_date(const Node& n, bool leaving) const {
    Date best = pick_date(n, leaving, false);
    return best.known() || leaving ? best : pick_date(n, leaving, true);
  }

  Date pick_date(const Node& n, bool leaving, bool onward) const {
    Date best;
    for (size_t i : n.claims) {
      const TravelClaim& c = claims_[i];
      if ((c.role == Role::From) != leaving || !c.date.known() || (!leaving && c.onward != onward)) continue;
      if (!best.known() || first_day(c.date) < first_day(best) ||
          (overlaps(c.date, best) && more_precise(best, c.date) == c.date))
        best = c.date;
    }
    return best;
  }

  // Pairwise votes: narrative order within each article, explicit order counting more.
  // Linear in the claims but for the small groups of one travel phrase.
  std::vector<size_t> order_by_votes(const std::vector<size_t>& nodes) const {
    const size_t n = nodes.size();
    std::vector<std::vector<int>> w(n, std::vector<int>(n, 0));
    std::vector<std::pair<size_t, size_t>> slot;  // (claim, position in `nodes`), claims ascending
    for (size_t k = 0; k < n; ++k)
      for (size_t i : nodes_[nodes[k]].claims) slot.emplace_back(i, k);
    std::sort(slot.begin(), slot.end());
    // Narrative: first mention of each stop in each article ("bound for Kampala" names where
    // the trip ends, not when it got there).
    std::map<size_t, std::map<size_t, Position>> first;  // article -> slot -> position
    for (const auto& [i, k] : slot) {
      const TravelClaim& c = claims_[i];
      if (!c.narrative || c.onward) continue;
      auto& f = first[c.article];
      auto it = f.find(k);
      if (it == f.end() || position(c) < it->second) f[k] = position(c);
    }
    for (const auto& [article, f] : first)
      for (const auto& [a, pa] : f)
        for (const auto& [b, pb] : f)
          if (pa < pb) ++w[a][b];
    // Explicit: "from X (via Y) to Z" within one travel phrase.
    std::map<std::tuple<size_t, size_t, size_t>, std::vector<std::pair<int, size_t>>> phrases;
    for (const auto& [i, k] : slot) {
      const TravelClaim& c = claims_[i];
      if (!c.narrative) continue;
      const int rank = c.role == Role::From ? 0 : c.role == Role::Via ? 1 : 2;
      auto& v = phrases[{c.article, c.sentence, c.cue}];
      if (v.size() < kMaxPhraseClaims) v.emplace_back(rank, k);
    }
    for (const auto& [key, v] : phrases)
      for (const auto& [ra, a] : v)
        for (const auto& [rb, b] : v)
          if (a != b && ra < rb) w[a][b] += kExplicitVote;
    // "Set off for Z" after the text put the traveller at Y: Y before Z.
    std::map<size_t, std::vector<std::pair<Position, size_t>>> located;  // article -> (position, slot)
    for (const auto& [i, k] : slot) {
      const TravelClaim& c = claims_[i];
      if (c.narrative && c.role != Role::From) located[c.article].emplace_back(position(c), k);
    }
    for (auto& [article, v] : located) std::sort(v.begin(), v.end());
    for (const auto& [j, b] : slot) {
      const TravelClaim& cj = claims_[j];
      if (!cj.onward || !cj.narrative) continue;
      const auto& v = located[cj.article];
      auto it = std::lower_bound(v.begin(), v.end(), std::make_pair(position(cj), size_t(0)));
      for (size_t steps = 0; it != v.begin() && steps < kMaxPhraseClaims; ++steps) {
        --it;
        if (it->second == b) continue;
        w[it->second][b] += kExplicitVote;
        break;
      }
    }
    std::vector<int> score(n, 0);
    for (size_t a = 0; a < n; ++a)
      for (size_t b = 0; b < n; ++b)
        if (a != b) score[a] += (w[a][b] > w[b][a]) - (w[a][b] < w[b][a]);
    std::vector<size_t> order(n);
    for (size_t k = 0; k < n; ++k) order[k] = k;
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
      if (score[a] != score[b]) return score[a] > score[b];
      return first_position(nodes_[nodes[a]]) < first_position(nodes_[nodes[b]]);
    });
    std::vector<size_t> out;
    for (size_t k : order) out.push_back(nodes[k]);
    return out;
  }

  // Dated stops by date (votes break ties); an undated stop stays after the stop the votes
  // put before it.
  std::vector<size_t> order_by_date(const std::vector<size_t>& voted) const {
    std::vector<size_t> dated;
    for (size_t k : voted)
      if (arrival(nodes_[k]).known()) dated.push_back(k);
    std::stable_sort(dated.begin(), dated.end(), [&](size_t a, size_t b) {
      return first_day(arrival(nodes_[a])) < first_day(arrival(nodes_[b]));
    });
    std::vector<size_t> out = dated;
    for (size_t i = 0; i < voted.size(); ++i) {
      if (arrival(nodes_[voted[i]]).known()) continue;
      auto at = out.begin();
      if (i > 0) at = std::find(out.begin(), out.end(), voted[i - 1]) + 1;
      out.insert(at, voted[i]);
    }
    return out;
  }

  // The mode named most often among the claims; the first to reach that count on a tie.
  std::string most_common_mode(const std::vector<size_t>& ids) const {
    std::map<std::string, size_t> count;
    std::string best;
    size_t best_count = 0;
    for (size_t i : ids) {
      const TravelClaim& c = claims_[i];
      if (c.mode.empty()) continue;
      if (++count[c.mode] > best_count) {
        best = c.mode;
        best_count = count[c.mode];
      }
    }
    return best;
  }

  Stop stop_of(const Node& n) const {
    Stop s;
    s.place = n.place;
    s.uncertain = n.uncertain;
    s.is_return = n.ret;
    s.arrival = arrival(n);
    s.departure = departure(n);
    std::vector<size_t> arriving, leaving;
    for (size_t i : n.claims) (claims_[i].role == Role::From ? leaving : arriving).push_back(i);
    auto all_future = [&](const std::vector<size_t>& ids) {
      return !ids.empty() && std::all_of(ids.begin(), ids.end(), [&](size_t i) { return claims_[i].future; });
    };
    s.planned = arriving.empty() ? all_future(leaving) : all_future(arriving);
    s.arrival_mode = most_common_mode(arriving);
    s.departure_mode = most_common_mode(leaving);
    auto evidence = [&](const std::vector<size_t>& ids, std::vector<Evidence>& out) {
      for (size_t i : ids)
        if (claims_[i].narrative) out.push_back({claims_[i].article, claims_[i].sentence});
    };
    evidence(arriving, s.arrival_evidence);
    evidence(leaving, s.departure_evidence);
    for (size_t i : n.also)
      evidence({i}, claims_[i].role == Role::From ? s.departure_evidence : s.arrival_evidence);
    return s;
  }

  const std::vector<TravelClaim>& claims_;
  const People& people_;
  const Gazetteer& g_;
  std::vector<Node> nodes_;
};

}  // namespace

std::vector<Trip> build_trips(const std::vector<TravelClaim>& claims, const People& people, const Gazetteer& g,
                              const Story& story) {
  // The claims of each traveller, sorted by when they happened (undated: the article's date).
  // An undated claim happened when the sentence's other claims did ("landed in Baghdad on
  // Friday, the first papal visit to Iraq"), else on the article's day.
  std::map<std::pair<size_t, size_t>, Date> sentence_date;
  for (const TravelClaim& c : claims)
    if (c.date.known() && c.narrative) sentence_date.emplace(std::make_pair(c.article, c.sentence), c.date);
  auto when = [&](const TravelClaim& c) {
    if (c.date.known()) return c.date;
    auto it = sentence_date.find({c.article, c.sentence});
    return it != sentence_date.end() ? it->second : story.dates[c.article].date;
  };
  // "Returned home": the traveller's country; without one known the claim says nothing.
  std::vector<TravelClaim> resolved;
  for (const TravelClaim& c : claims) {
    if (!c.home) {
      resolved.push_back(c);
      continue;
    }
    if (people.persons[c.traveller].home == kNoPlace) continue;
    resolved.push_back(c);
    resolved.back().place = people.persons[c.traveller].home;
  }
  std::map<size_t, std::vector<size_t>> by_traveller;
  for (size_t i = 0; i < resolved.size(); ++i) by_traveller[resolved[i].traveller].push_back(i);
  std::vector<Trip> trips;
  TripBuilder builder(resolved, people, g);
  for (auto& [traveller, ids] : by_traveller) {
    std::stable_sort(ids.begin(), ids.end(), [&](size_t a, size_t b) {
      const Date wa = when(resolved[a]), wb = when(resolved[b]);
      if (wa.known() != wb.known()) return wa.known();
      return first_day(wa) < first_day(wb);
    });
    std::vector<std::vector<size_t>> groups;
    Date end, home_again;  // the group's latest day; the first day its traveller was back home
    for (size_t i : ids) {
      const Date w = when(resolved[i]);
      if (!w.known()) {
        if (groups.empty()) groups.emplace_back();
        groups.back().push_back(i);  // undated everywhere: with the latest trip
        continue;
      }
      // A new trip after a long pause, or after the traveller went home.
      const bool went_home = home_again.known() && strictly_before(home_again, w);
      if (groups.empty() || went_home || days_between(last_day(end), first_day(w)) > kTripGapDays) {
        groups.emplace_back();
        end = w;
        home_again = Date{};
      }
      if (last_day(end) < last_day(w)) end = w;
      const TravelClaim& c = resolved[i];
      if (c.is_return && c.date.known() && (!home_again.known() || first_day(c.date) < first_day(home_again)))
        home_again = c.date;
      groups.back().push_back(i);
    }
    for (const std::vector<size_t>& group : groups) {
      if (std::none_of(group.begin(), group.end(), [&](size_t i) { return resolved[i].narrative; })) continue;
      Trip t;
      if (builder.build(traveller, group, t)) trips.push_back(std::move(t));
    }
  }
  auto start = [](const Trip& t) {
    Date d;
    for (const Stop& s : t.stops) {
      for (const Date& x : {s.arrival, s.departure})
        if (x.known() && (!d.known() || first_day(x) < first_day(d))) d = x;
    }
    return d;
  };
  std::stable_sort(trips.begin(), trips.end(), [&](const Trip& a, const Trip& b) {
    const Date da = start(a), db = start(b);
    if (da.known() != db.known()) return da.known();
    if (da.known() && !(first_day(da) == first_day(db))) return first_day(da) < first_day(db);
    return a.traveller < b.traveller;
  });
  return trips;
}

std::vector<Leg> legs_of(const std::vector<Trip>& trips, const People& people) {
  std::vector<Leg> legs;
  size_t trip_no = 0;
  for (const Trip& t : trips) {
    if (t.stops.size() < 2) continue;
    const std::string id = "trip-" + std::to_string(++trip_no);
    int seq = 0;
    for (size_t k = 1; k < t.stops.size(); ++k) {
      const Stop& from = t.stops[k - 1];
      const Stop& to = t.stops[k];
      if (from.place == to.place) continue;
      Leg leg;
      leg.trip = id;
      leg.traveller = people.persons[t.traveller].name;
      leg.seq = ++seq;
      leg.from = from.place;
      leg.to = to.place;
      leg.mode = !to.arrival_mode.empty() ? to.arrival_mode : !from.departure_mode.empty() ? from.departure_mode : t.mode;
      if (people.persons[t.traveller].vehicle && leg.mode.empty()) leg.mode = people.persons[t.traveller].mode;
      leg.date = to.arrival.known() ? to.arrival : from.departure;
      leg.certain = !from.uncertain && !to.uncertain;
      leg.planned = to.planned;
      leg.evidence = from.departure_evidence;
      leg.evidence.insert(leg.evidence.end(), to.arrival_evidence.begin(), to.arrival_evidence.end());
      std::sort(leg.evidence.begin(), leg.evidence.end());
      leg.evidence.erase(std::unique(leg.evidence.begin(), leg.evidence.end()), leg.evidence.end());
      legs.push_back(std::move(leg));
    }
  }
  return legs;
}

}  // namespace storymap
