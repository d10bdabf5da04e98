#include "output/events_json.hpp"

#include "output/story_json.hpp"

namespace storymap {
namespace {

using Json = nlohmann::ordered_json;

Json or_null(const std::string& s) { return s.empty() ? Json() : Json(s); }

Json evidence_json(const Story& s, const std::vector<Evidence>& evidence) {
  Json out = Json::array();
  std::vector<size_t> quoted(s.articles.size());
  for (const Evidence& e : evidence) {
    if (e.article >= quoted.size() || quoted[e.article]++ >= kMaxEvidenceQuoted) continue;
    const Article& a = s.articles[e.article];
    out.push_back({{"article", a.id}, {"sentence", excerpt(a, e.sentence, a.sentences[e.sentence].start)}});
  }
  return out;
}

bool continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

Json leg_feature(const Story& s, const Gazetteer& g, const Leg& leg) {
  Json coords = Json::array();
  for (const auto& [lon, lat] : leg.path) coords.push_back({round_coordinate(lon), round_coordinate(lat)});
  Json props = {{"kind", "leg"},
                {"trip", leg.trip},
                {"traveller", leg.traveller},
                {"seq", leg.seq},
                {"from", place_id(g.place(leg.from))},
                {"to", place_id(g.place(leg.to))},
                {"mode", or_null(leg.mode)},
                {"date", or_null(leg.date.iso())},
                {"certain", leg.certain},
                {"planned", leg.planned},
                {"evidence_count", leg.evidence.size()},
                {"evidence", evidence_json(s, leg.evidence)}};
  return {{"type", "Feature"},
          {"id", leg.trip + "-leg-" + std::to_string(leg.seq)},
          {"geometry", {{"type", "LineString"}, {"coordinates", std::move(coords)}}},
          {"properties", std::move(props)}};
}

Json event_feature(const Story& s, const Gazetteer& g, const Event& e, size_t n) {
  const Place p = g.place(e.place);
  Json disagreements = Json::array();
  for (const Disagreement& d : e.disagreements) {
    Json values = Json::array();
    for (const DisagreementValue& v : d.values) values.push_back({{"value", v.value}, {"article", s.articles[v.article].id}});
    disagreements.push_back({{"field", d.field}, {"values", std::move(values)}});
  }
  Json props = {{"kind", "event"},
                {"type", e.type},
                {"place", place_id(p)},
                {"date", or_null(e.date.iso())},
                {"participants", e.participants},
                {"planned", e.planned},
                {"evidence_count", e.evidence.size()},
                {"evidence", evidence_json(s, e.evidence)},
                {"disagreements", std::move(disagreements)}};
  return {{"type", "Feature"},
          {"id", "event-" + std::to_string(n)},
          {"geometry", {{"type", "Point"}, {"coordinates", {round_coordinate(p.lon), round_coordinate(p.lat)}}}},
          {"properties", std::move(props)}};
}

}  // namespace

std::string excerpt(const Article& a, size_t sentence, size_t focus) {
  const std::string_view text = a.sentence_text(sentence);
  if (text.size() <= kMaxExcerpt) return std::string(text);
  const size_t at = focus > a.sentences[sentence].start ? focus - a.sentences[sentence].start : 0;
  size_t from = at > kMaxExcerpt / 2 ? at - kMaxExcerpt / 2 : 0;
  size_t to = std::min(text.size(), from + kMaxExcerpt);
  // Whole words, whole UTF-8 characters.
  if (from > 0) {
    const size_t space = text.find(' ', from);
    from = space != std::string_view::npos && space < at ? space + 1 : from;
    while (from < text.size() && continuation(text[from])) ++from;
  }
  if (to < text.size()) {
    const size_t space = text.rfind(' ', to);
    to = space != std::string_view::npos && space > at ? space : to;
    while (to > from && continuation(text[to])) --to;
  }
  std::string out = from > 0 ? "\xE2\x80\xA6" : "";
  out += text.substr(from, to - from);
  if (to < text.size()) out += "\xE2\x80\xA6";
  return out;
}

void append_event_features(const Story& story, const Gazetteer& g, nlohmann::ordered_json& features) {
  for (const Leg& leg : story.legs) features.push_back(leg_feature(story, g, leg));
  size_t n = 0;
  for (const Event& e : story.events) features.push_back(event_feature(story, g, e, ++n));
}

}  // namespace storymap
