#include "story/event_merger.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "story/date_range.hpp"
#include "story/place_levels.hpp"

namespace storymap {
namespace {

// Two reports of one meeting may disagree on its date by this much; further apart they are
// two meetings.
constexpr long kConflictDays = 62;
// A story holds few meetings of the same people; beyond this a text is not news.
constexpr size_t kMaxClusters = 256;

struct Cluster {
  std::vector<size_t> claims;
  std::vector<size_t> participants;  // ascending
  uint32_t place = kNoPlace;         // the most specific so far
  std::vector<Date> dates;
  int ordinal = 0;
};

bool subset(const std::vector<size_t>& a, const std::vector<size_t>& b) {
  return std::includes(b.begin(), b.end(), a.begin(), a.end());
}

// Same people: equal, or one list within the other when both name two or more.
bool same_people(const std::vector<size_t>& a, const std::vector<size_t>& b) {
  return a == b || (a.size() >= 2 && b.size() >= 2 && (subset(a, b) || subset(b, a)));
}

bool dates_fit(const Cluster& k, const Date& d, bool allow_conflict) {
  if (!d.known()) return true;
  for (const Date& x : k.dates) {
    if (overlaps(x, d)) return true;
    if (!allow_conflict || gap_days(x, d) > kConflictDays) return false;
  }
  return true;
}

bool date_overlaps_any(const Cluster& k, const Date& d) {
  return k.dates.empty() || std::any_of(k.dates.begin(), k.dates.end(), [&](const Date& x) { return overlaps(x, d); });
}

void join(Cluster& k, const MeetingClaim& c, size_t index, const Gazetteer& g) {
  k.claims.push_back(index);
  std::vector<size_t> merged;
  std::set_union(k.participants.begin(), k.participants.end(), c.participants.begin(), c.participants.end(),
                 std::back_inserter(merged));
  k.participants = std::move(merged);
  if (c.place != kNoPlace &&
      (k.place == kNoPlace || place_level(g.place(c.place)) > place_level(g.place(k.place))))
    k.place = c.place;
  if (c.date.known()) k.dates.push_back(c.date);
  if (c.ordinal && !k.ordinal) k.ordinal = c.ordinal;
}

// The date the sources support best (see the header), and every (value, article) given.
Date choose_date(const Cluster& k, const std::vector<MeetingClaim>& claims, std::vector<DisagreementValue>& given) {
  std::vector<Date> values;
  for (size_t i : k.claims)
    if (claims[i].date.known() && std::find(values.begin(), values.end(), claims[i].date) == values.end())
      values.push_back(claims[i].date);
  Date best;
  int best_score = -1;
  for (const Date& v : values) {
    std::map<size_t, int> by_article;
    for (size_t i : k.claims) {
      const MeetingClaim& c = claims[i];
      if (!overlaps(c.date, v)) continue;
      const int w = c.place_stated && c.place == k.place ? 2 : 1;
      by_article[c.article] = std::max(by_article[c.article], w);
    }
    int score = 0;
    for (const auto& [a, w] : by_article) score += w;
    if (score > best_score || (score == best_score && more_precise(best, v) == v && !(best == v))) {
      best = v;
      best_score = score;
    }
  }
  // The most precise value agreeing with the winner ("2019-04" and "2019-04-25").
  for (const Date& v : values)
    if (overlaps(v, best)) best = more_precise(best, v);
  std::set<std::pair<size_t, std::string>> seen;
  for (size_t i : k.claims) {
    const MeetingClaim& c = claims[i];
    if (c.date.known() && seen.insert({c.article, c.date.iso()}).second)
      given.push_back({c.date.iso(), c.article});
  }
  std::sort(given.begin(), given.end(), [&](const DisagreementValue& a, const DisagreementValue& b) {
    return a.article != b.article ? a.article < b.article : a.value < b.value;
  });
  return best;
}

Event to_event(const Cluster& k, const std::vector<MeetingClaim>& claims, const People& people, const Story& story) {
  Event e;
  e.place = k.place;
  bool summit = true, any_summit = false, all_future = true;
  for (size_t p : k.participants) {
    e.participants.push_back(people.persons[p].name);
    summit = summit && people.persons[p].leader;
  }
  for (size_t i : k.claims) {
    any_summit = any_summit || claims[i].type == "summit";
    all_future = all_future && claims[i].future;
    e.evidence.push_back({claims[i].article, claims[i].sentence});
  }
  e.type = summit || any_summit ? "summit" : "meeting";
  std::sort(e.evidence.begin(), e.evidence.end());
  e.evidence.erase(std::unique(e.evidence.begin(), e.evidence.end()), e.evidence.end());
  std::vector<DisagreementValue> given;
  e.date = choose_date(k, claims, given);
  const bool conflict = std::any_of(given.begin(), given.end(), [&](const DisagreementValue& v) {
    return !overlaps(*Date::parse_iso(v.value), e.date);
  });
  if (conflict) e.disagreements.push_back({"date", std::move(given)});
  // Planned: after the date of every article reporting it, or said to be ahead by all.
  e.planned = all_future;
  if (e.date.known()) {
    e.planned = true;
    for (const Evidence& ev : e.evidence)
      e.planned = e.planned && strictly_before(story.dates[ev.article].date, e.date);
  }
  return e;
}

}  // namespace

MergedEvents merge_meetings(const std::vector<MeetingClaim>& claims, const People& people, const Gazetteer& g,
                            const Story& story) {
  std::vector<Cluster> clusters;
  std::vector<int> claim_cluster(claims.size(), -1);
  // Claims that name the place first: they decide which events there are.
  for (size_t i = 0; i < claims.size(); ++i) {
    const MeetingClaim& c = claims[i];
    if (c.participants.size() < 2 || c.place == kNoPlace) continue;
    int found = -1;
    for (size_t k = 0; k < clusters.size() && found < 0; ++k) {
      const Cluster& cl = clusters[k];
      if (!same_people(cl.participants, c.participants)) continue;
      if (!same_or_within(g.place(cl.place), g.place(c.place))) continue;
      if (cl.ordinal && c.ordinal && cl.ordinal != c.ordinal) continue;
      if (!dates_fit(cl, c.date, true)) continue;
      found = int(k);
    }
    if (found < 0) {
      if (clusters.size() >= kMaxClusters) continue;
      clusters.emplace_back();
      found = int(clusters.size() - 1);
    }
    join(clusters[size_t(found)], c, i, g);
    claim_cluster[i] = found;
  }
  // Claims without a place join the one event they fit: by date when some agree, else the
  // only one near enough to be the same meeting told differently.
  for (size_t i = 0; i < claims.size(); ++i) {
    const MeetingClaim& c = claims[i];
    if (c.participants.size() < 2 || c.place != kNoPlace) continue;
    std::vector<size_t> fits, near;
    for (size_t k = 0; k < clusters.size(); ++k) {
      const Cluster& cl = clusters[k];
      if (!same_people(cl.participants, c.participants)) continue;
      if (cl.ordinal && c.ordinal && cl.ordinal != c.ordinal) continue;
      if (c.date.known() && !date_overlaps_any(cl, c.date)) {
        if (dates_fit(cl, c.date, true)) near.push_back(k);
        continue;
      }
      fits.push_back(k);
    }
    if (fits.empty() && near.size() == 1) fits = near;
    if (fits.size() > 1 && c.ordinal) {
      std::vector<size_t> same_ordinal;
      for (size_t k : fits)
        if (clusters[k].ordinal == c.ordinal) same_ordinal.push_back(k);
      fits = same_ordinal;
    }
    if (fits.size() != 1) continue;
    join(clusters[fits[0]], c, i, g);
    claim_cluster[i] = int(fits[0]);
  }

  MergedEvents out;
  std::vector<size_t> order(clusters.size());
  std::vector<Event> events;
  for (const Cluster& k : clusters) events.push_back(to_event(k, claims, people, story));
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    const Date& da = events[a].date;
    const Date& db = events[b].date;
    if (da.known() != db.known()) return da.known();
    if (!(first_day(da) == first_day(db))) return first_day(da) < first_day(db);
    return false;
  });
  std::vector<int> renumber(clusters.size());
  for (size_t i = 0; i < order.size(); ++i) {
    renumber[order[i]] = int(i);
    out.events.push_back(std::move(events[order[i]]));
  }
  out.claim_event.assign(claims.size(), -1);
  for (size_t i = 0; i < claims.size(); ++i)
    if (claim_cluster[i] >= 0) out.claim_event[i] = renumber[size_t(claim_cluster[i])];
  return out;
}

}  // namespace storymap
