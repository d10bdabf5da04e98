#include "index/curated_reader.hpp"

#include <cstdlib>
#include <stdexcept>

#include "gazetteer/place.hpp"
#include "index/tsv.hpp"

namespace storymap {

std::vector<std::vector<std::string>> read_tsv(std::string_view tsv) {
  std::vector<std::vector<std::string>> rows;
  for_each_tsv_row(tsv, [&](const std::vector<std::string_view>& f) { rows.emplace_back(f.begin(), f.end()); });
  return rows;
}

namespace {
double number(const std::string& s, size_t row) {
  char* end = nullptr;
  const double v = std::strtod(s.c_str(), &end);
  if (s.empty() || end != s.c_str() + s.size())
    throw std::runtime_error("curated data row " + std::to_string(row) + ": '" + s + "' is not a number");
  return v;
}
}  // namespace

void read_curated_places(std::string_view tsv, const std::function<void(SourcePlace&&)>& sink) {
  size_t row = 0;
  for (auto& f : read_tsv(tsv)) {
    ++row;
    if (f.size() < 6) throw std::runtime_error("curated places row " + std::to_string(row) + ": expected 6 fields");
    SourcePlace p;
    p.name = f[0];
    p.names.push_back({p.name, uint8_t(kPrimaryName | kCuratedName)});
    size_t start = 0;
    const std::string& aliases = f[1];
    for (size_t i = 0; i <= aliases.size(); ++i)
      if (i == aliases.size() || aliases[i] == '|') {
        if (i > start) p.names.push_back({aliases.substr(start, i - start), uint8_t(kAlternateName | kCuratedName)});
        start = i + 1;
      }
    p.lat = number(f[2], row);
    p.lon = number(f[3], row);
    p.feature = f[4];
    p.country = f[5];
    if (f.size() > 6 && !f[6].empty()) p.importance_boost = int(number(f[6], row));
    sink(std::move(p));
  }
}

std::vector<CuratedAlias> read_curated_aliases(std::string_view tsv) {
  std::vector<CuratedAlias> out;
  size_t row = 0;
  for (auto& f : read_tsv(tsv)) {
    ++row;
    if (f.size() < 2) throw std::runtime_error("curated aliases row " + std::to_string(row) + ": expected 2+ fields");
    CuratedAlias a{f[0], f[1], f.size() > 2 ? f[2] : "", uint8_t(kAlternateName | kCuratedName)};
    const std::string kind = f.size() > 3 ? f[3] : "alternate";
    if (kind == "abbreviation") a.flags = uint8_t(kAbbreviation | kCuratedName);
    else if (kind == "demonym") a.flags = uint8_t(kDemonym | kCuratedName);
    out.push_back(std::move(a));
  }
  return out;
}

}  // namespace storymap
