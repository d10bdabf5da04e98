#include "index/geonames_reader.hpp"

#include <charconv>
#include <cstdlib>
#include <string>
#include <vector>

#include "gazetteer/place.hpp"
#include "index/tsv.hpp"
#include "text/fold.hpp"

namespace storymap {
namespace {

// Short all-capital alternates in GeoNames are codes (IATA, postal), not names people write.
bool is_code(std::string_view s) {
  if (s.size() > 4) return false;
  for (char c : s)
    if (!(c >= 'A' && c <= 'Z')) return false;
  return true;
}

}  // namespace

size_t read_geonames(std::string_view dump, const std::function<void(SourcePlace&&)>& sink) {
  size_t skipped = 0;
  std::vector<std::string_view> alts;
  for_each_tsv_row(dump, [&](const std::vector<std::string_view>& cols) {
    SourcePlace p;
    uint32_t pop = 0;
    if (cols.size() < 15 || std::from_chars(cols[0].data(), cols[0].data() + cols[0].size(), p.geonameid).ec !=
                                std::errc() ||
        !parse_number(cols[4], p.lat) || !parse_number(cols[5], p.lon) || cols[6].size() != 1) {
      ++skipped;
      return;
    }
    std::from_chars(cols[14].data(), cols[14].data() + cols[14].size(), pop);
    p.population = pop;
    p.name = std::string(cols[1]);
    p.feature = std::string(cols[6]) + "." + std::string(cols[7]);
    p.country = std::string(cols[8]);
    p.admin1 = std::string(cols[10]);
    p.names.push_back({p.name, kPrimaryName});
    if (cols[2] != cols[1]) p.names.push_back({std::string(cols[2]), kPrimaryName});
    split_fields(cols[3], ',', alts);
    for (std::string_view a : alts) {
      // Codes (airport, postal) are not names people write in running text.
      if (a.empty() || is_code(a) || !is_latin(a)) continue;
      p.names.push_back({std::string(a), kAlternateName});
    }
    sink(std::move(p));
  });
  return skipped;
}

}  // namespace storymap
