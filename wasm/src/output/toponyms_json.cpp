#include "output/toponyms_json.hpp"

#include "output/json_text.hpp"
#include "output/story_json.hpp"

namespace storymap {

void append_toponyms_json(std::string& out, std::string_view text, const std::vector<ResolvedName>& names,
                          const Gazetteer& g) {
  using json_text::append_number;
  using json_text::append_string;
  out += '[';
  for (size_t i = 0; i < names.size(); ++i) {
    const ResolvedName& r = names[i];
    const Place p = g.place(r.place);
    out += i ? ",{\"start\":" : "{\"start\":";
    append_number(out, uint64_t(r.start));
    out += ",\"end\":";
    append_number(out, uint64_t(r.end));
    out += ",\"text\":";
    append_string(out, text.substr(r.start, r.end - r.start));
    out += ",\"name\":";
    append_string(out, p.name);
    out += ",\"lat\":";
    append_number(out, round_coordinate(p.lat));
    out += ",\"lon\":";
    append_number(out, round_coordinate(p.lon));
    out += ",\"country\":";
    if (p.country.empty()) out += "null";
    else append_string(out, p.country);
    out += ",\"type\":";
    append_string(out, r.demonym ? std::string_view("demonym") : place_type(p));
    if (p.geonameid) {
      out += ",\"geonameid\":";
      append_number(out, uint64_t(p.geonameid));
    }
    out += '}';
  }
  out += ']';
}

}  // namespace storymap
