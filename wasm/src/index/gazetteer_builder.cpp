#include "index/gazetteer_builder.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <stdexcept>
#include <unordered_map>

#include "gazetteer/format.hpp"
#include "gazetteer/place.hpp"
#include "index/importance.hpp"
#include "text/fold.hpp"

namespace storymap {
namespace fmt = gazetteer_format;

void GazetteerBuilder::add(SourcePlace place) {
  if (places_.size() >= fmt::kMaxPlaces) throw std::runtime_error("too many places for one gazetteer");
  places_.push_back(std::move(place));
}

bool GazetteerBuilder::add_alias(const std::string& alias, const std::string& target, const std::string& country,
                                 uint8_t flags) {
  if (by_name_.size() != places_.size()) {  // index the names once, after the sources are in
    by_name_.clear();
    for (size_t i = 0; i < places_.size(); ++i) by_name_.emplace(fold(places_[i].name), i);
  }
  SourcePlace* best = nullptr;
  float best_importance = -1;
  auto [from, to] = by_name_.equal_range(fold(target));
  for (auto it = from; it != to; ++it) {
    SourcePlace& p = places_[it->second];
    if (!country.empty() && p.country != country) continue;
    // As the resolver weighs a bare name: a first-level region or a country before a town of
    // its name ("Ind." is the state of Indiana, not Indiana, Pennsylvania).
    const float kind = p.feature == "A.ADM1" ? 0.12f : p.feature.rfind("A.PCL", 0) == 0 ? 0.1f : 0.f;
    const float imp = importance(p) + kind;
    if (imp > best_importance) { best = &p; best_importance = imp; }
  }
  if (!best) return false;
  best->names.push_back({alias, flags});
  return true;
}

void GazetteerBuilder::add_resource(const std::string& name, std::string text) {
  resources_[name] = std::move(text);
}

namespace {

class Writer {
 public:
  template <typename T>
  void put(T v) {
    const size_t at = bytes.size();
    bytes.resize(at + sizeof v);
    std::memcpy(bytes.data() + at, &v, sizeof v);
  }
  void put_bytes(const void* p, size_t n) {
    const auto* b = static_cast<const uint8_t*>(p);
    bytes.insert(bytes.end(), b, b + n);
  }
  // Byte planes: the low byte of every value, then the next byte of every value, ...
  void planes(const std::vector<uint32_t>& values, unsigned width) {
    for (unsigned k = 0; k < width; ++k)
      for (uint32_t v : values) bytes.push_back(uint8_t(v >> (8 * k)));
  }
  void align(size_t a) { while (bytes.size() % a) bytes.push_back(0); }
  std::vector<uint8_t> bytes;
};

// A small table of distinct strings ("P.PPLC", "RU", ...) referred to by index.
class Table {
 public:
  uint32_t add(const std::string& s, size_t limit) {
    auto it = index_.find(s);
    if (it != index_.end()) return it->second;
    if (items_.size() >= limit) throw std::runtime_error("gazetteer table overflow at '" + s + "'");
    index_.emplace(s, uint32_t(items_.size()));
    items_.push_back(s);
    return uint32_t(items_.size() - 1);
  }
  const std::vector<std::string>& items() const { return items_; }

 private:
  std::unordered_map<std::string, uint32_t> index_;
  std::vector<std::string> items_;
};

// The strings section: NUL-terminated codes, interned.
class StringPool {
 public:
  uint32_t add(const std::string& s) {
    auto it = index_.find(s);
    if (it != index_.end()) return it->second;
    const uint32_t off = uint32_t(w.bytes.size());
    w.put_bytes(s.data(), s.size());
    w.bytes.push_back(0);
    index_.emplace(s, off);
    return off;
  }
  Writer w;

 private:
  std::unordered_map<std::string, uint32_t> index_;
};

// The part of skeleton() that is spelling rather than transliteration: doubled letters single,
// w read as v. A name whose skeleton is just this gets a stored variant only when prominent.
std::string spelling_skeleton(std::string_view f) {
  std::string s;
  for (char c : f) {
    if (c == 'w') c = 'v';
    if (!s.empty() && s.back() == c && c != ' ') continue;
    s += c;
  }
  return s;
}

// Towns of 15,000 people or more (GeoNames' cities15000 cut), seats of government, and every
// place that is not a populated place (countries, regions, landmarks).
bool prominent_place(const SourcePlace& p) {
  return p.population >= 15000 || p.feature == "P.PPLC" || p.feature == "P.PPLA" || p.feature == "P.PPLA2" ||
         p.feature.rfind("P.", 0) != 0;
}

unsigned bytes_for(uint64_t max_value) {
  unsigned w = 1;
  while (w < 4 && (max_value >> (8 * w)) != 0) ++w;
  return w;
}

}  // namespace

std::vector<uint8_t> GazetteerBuilder::build() const {
  const uint32_t n = uint32_t(places_.size());
  StringPool pool;
  Table features, countries;
  features.add("", 256);
  countries.add("", 256);
  // Admin1 codes per country, numbered from 1 within it in order of appearance (0: none).
  std::vector<Table> admin1(256);

  // Columns, the display names, and every (key, place << 8 | flags) pair.
  std::vector<uint32_t> lat(n), lon(n), gid(n), pop(n), feat(n), ctry(n), adm(n);
  std::vector<std::pair<uint32_t, int32_t>> boosts;
  Writer names_w;
  std::vector<uint32_t> name_index;
  std::vector<std::string> folded(n);  // each display name folded as the reader will (fold)
  std::vector<std::pair<std::string, uint32_t>> entries;
  entries.reserve(n * 4);
  for (uint32_t i = 0; i < n; ++i) {
    const SourcePlace& p = places_[i];
    lat[i] = fmt::encode_degrees(p.lat, 90);
    lon[i] = fmt::encode_degrees(p.lon, 180);
    gid[i] = p.geonameid;
    pop[i] = fmt::encode_population(p.population);
    feat[i] = features.add(p.feature, 256);
    ctry[i] = countries.add(p.country, 256);
    adm[i] = p.admin1.empty() ? 0 : admin1[ctry[i]].add(p.country + "." + p.admin1, 65535 - 1) + 1;
    if (p.importance_boost) boosts.emplace_back(i, p.importance_boost);
    if (i % fmt::kNameStride == 0) name_index.push_back(uint32_t(names_w.bytes.size()));
    const std::string_view name = std::string_view(p.name).substr(0, p.name.find('\0'));
    names_w.put_bytes(name.data(), name.size());
    names_w.bytes.push_back(0);
    folded[i] = fold(name);

    // One posting per (place, key), flags merged.
    std::unordered_map<std::string, uint8_t> keys;
    for (const SourceName& sn : p.names) {
      std::string k = fold(sn.text);
      if (k.size() < 2 || k.size() > fmt::kMaxKeyLength) continue;  // one letter is no name
      keys[std::move(k)] |= sn.flags;
    }
    // Transliteration variants: the skeleton of the main and ASCII names (alternates already
    // spell the place many ways). Short names get none, as in Gazetteer::candidates. Variants
    // that only undouble letters or read w as v are kept for prominent places alone.
    std::unordered_map<std::string, uint8_t> variants;
    const bool prominent = prominent_place(p);
    for (const auto& [k, flags] : keys) {
      if (k.size() < 4 || !(flags & kPrimaryName)) continue;
      std::string s = skeleton(k);
      if (s == k || keys.count(s) || (!prominent && s == spelling_skeleton(k))) continue;
      variants[std::move(s)] |= uint8_t((flags & ~kPrimaryName) | kVariantName);
    }
    for (const auto& [k, flags] : keys) entries.emplace_back(k, i << 8 | flags);
    for (const auto& [k, flags] : variants) entries.emplace_back(k, i << 8 | flags);
  }
  std::sort(entries.begin(), entries.end());

  // Keys and postings.
  std::vector<uint32_t> post_place, post_flags, post_context, block_offset, block_posting;
  std::vector<uint8_t> heads, counts;
  std::vector<std::pair<uint32_t, uint32_t>> overflow;
  Writer text;
  std::string prev;
  for (size_t i = 0; i < entries.size();) {
    size_t j = i;
    while (j < entries.size() && entries[j].first == entries[i].first) ++j;
    const std::string& key = entries[i].first;
    const uint32_t k = uint32_t(heads.size());
    const bool first = k % fmt::kBlockKeys == 0;
    if (first) {
      block_offset.push_back(uint32_t(text.bytes.size()));
      block_posting.push_back(uint32_t(post_place.size()));
    }
    // A key that is the folded display name (or its skeleton) of one of its places is stored
    // as a reference to that posting; the reader folds the name back.
    int ref = -1;
    bool ref_skeleton = false;
    // (An ordinal is never '\n', which the reader counts to skip literals.)
    for (size_t e = i; !first && e < j && e - i < 256 && ref < 0; ++e)
      if (e - i != '\n' && folded[entries[e].second >> 8] == key) ref = int(e - i);
    for (size_t e = i; !first && e < j && e - i < 256 && ref < 0; ++e)
      if (e - i != '\n' && skeleton(folded[entries[e].second >> 8]) == key) { ref = int(e - i); ref_skeleton = true; }
    if (ref == 0) {
      heads.push_back(ref_skeleton ? fmt::kRefSkeleton : fmt::kRefName);
    } else if (ref > 0) {
      heads.push_back(ref_skeleton ? fmt::kRefSkeletonAt : fmt::kRefNameAt);
      text.bytes.push_back(uint8_t(ref));
    } else {
      size_t shared = 0;
      if (!first)
        while (shared < prev.size() && shared < key.size() && shared < fmt::kMaxShared && prev[shared] == key[shared])
          ++shared;
      heads.push_back(uint8_t(shared));
      text.put_bytes(key.data() + shared, key.size() - shared);
      text.bytes.push_back('\n');
      prev = key;  // literals are front-coded on the literal before them, so a lookup decodes
                   // no reference it does not need
    }
    const uint32_t count = uint32_t(j - i);
    counts.push_back(uint8_t(std::min<uint32_t>(count, fmt::kCountOverflow)));
    if (count >= fmt::kCountOverflow) overflow.emplace_back(k, count);
    const uint32_t kind = ref < 0 ? 0 : ref_skeleton ? 2 : 1;
    for (size_t e = i; e < j; ++e) {
      post_place.push_back(entries[e].second >> 8);
      post_flags.push_back(entries[e].second & 0xFF);
      post_context.push_back(fmt::flag_context(kind, ref >= 0 && e - i == size_t(ref), count));
    }
    i = j;
  }
  if (text.bytes.empty() || text.bytes.back() != '\n') text.bytes.push_back('\n');  // the reader's sentinel
  Writer keys_w;
  keys_w.put<uint32_t>(uint32_t(heads.size()));
  keys_w.put<uint32_t>(uint32_t(block_offset.size()));
  keys_w.put<uint32_t>(uint32_t(overflow.size()));
  keys_w.put<uint32_t>(uint32_t(text.bytes.size()));
  keys_w.planes(block_offset, 4);
  keys_w.planes(block_posting, 4);
  keys_w.put_bytes(heads.data(), heads.size());
  keys_w.put_bytes(counts.data(), counts.size());
  keys_w.align(4);
  for (const auto& [key, count] : overflow) {
    keys_w.put(key);
    keys_w.put(count);
  }
  keys_w.put_bytes(text.bytes.data(), text.bytes.size());

  // Postings: a place seen in the last kRelativeWindow postings is stored as the distance back
  // to that (absolute) posting, any other as place + kRelativeWindow; flags as their rank among
  // the flags of postings in the same context (how the key is stored, whether this posting is
  // the one it refers to, whether it is alone), most frequent first.
  std::vector<uint32_t> post_value(post_place.size());
  {
    std::unordered_map<uint32_t, uint32_t> last;  // place -> its last absolute posting
    for (uint32_t k = 0; k < post_place.size(); ++k) {
      auto it = last.find(post_place[k]);
      if (it != last.end() && k - it->second < fmt::kRelativeWindow) {
        post_value[k] = k - it->second;
      } else {
        post_value[k] = post_place[k] + fmt::kRelativeWindow;
        last[post_place[k]] = k;
      }
    }
  }
  uint8_t flag_table[fmt::kFlagContexts][256] = {};
  uint8_t flag_rank[fmt::kFlagContexts][256] = {};
  for (uint32_t c = 0; c < fmt::kFlagContexts; ++c) {
    uint32_t freq[256] = {};
    for (size_t k = 0; k < post_flags.size(); ++k)
      if (post_context[k] == c) ++freq[post_flags[k]];
    uint32_t byrank[256];
    for (uint32_t f = 0; f < 256; ++f) byrank[f] = f;
    std::stable_sort(byrank, byrank + 256, [&](uint32_t a, uint32_t b) { return freq[a] > freq[b]; });
    for (uint32_t r = 0; r < 256; ++r) {
      flag_table[c][r] = uint8_t(byrank[r]);
      flag_rank[c][byrank[r]] = uint8_t(r);
    }
  }
  for (size_t k = 0; k < post_flags.size(); ++k) post_flags[k] = flag_rank[post_context[k]][post_flags[k]];
  Writer post_w;
  const unsigned place_width = bytes_for(uint64_t(n) + fmt::kRelativeWindow);
  post_w.put<uint32_t>(uint32_t(post_place.size()));
  post_w.put<uint32_t>(place_width);
  post_w.put_bytes(flag_table, sizeof flag_table);
  post_w.planes(post_value, place_width);
  post_w.planes(post_flags, 1);

  // Places section.
  Writer places_w;
  // GeoNames ids, mostly ascending: the exact id of every kIdStride-th place, then per place
  // the step from the one before (kIdEscape: look the id up among the escapes).
  std::vector<uint32_t> id_base, id_step(n);
  std::vector<std::pair<uint32_t, uint32_t>> id_escapes;
  for (uint32_t i = 0; i < n; ++i) {
    if (i % fmt::kIdStride == 0) {
      id_base.push_back(gid[i]);
      continue;
    }
    const int64_t step = int64_t(gid[i]) - int64_t(gid[i - 1]);
    if (step >= 0 && step < fmt::kIdEscape) {
      id_step[i] = uint32_t(step);
    } else {
      id_step[i] = fmt::kIdEscape;
      id_escapes.emplace_back(i, gid[i]);
    }
  }
  const unsigned lat_width = bytes_for(fmt::encode_degrees(90, 90)), lon_width = bytes_for(fmt::encode_degrees(180, 180));
  places_w.put<uint32_t>(n);
  places_w.put<uint32_t>(fmt::kCoordinateUnit);
  places_w.put<uint32_t>(lat_width);
  places_w.put<uint32_t>(lon_width);
  places_w.put<uint32_t>(uint32_t(id_escapes.size()));
  places_w.put<uint32_t>(uint32_t(boosts.size()));
  places_w.put<uint32_t>(0);
  places_w.put<uint32_t>(0);
  places_w.planes(lat, lat_width);
  places_w.planes(lon, lon_width);
  places_w.planes(id_base, 4);
  places_w.planes(id_step, 1);
  places_w.planes(pop, 2);
  places_w.planes(feat, 1);
  places_w.planes(ctry, 1);
  places_w.planes(adm, 2);
  places_w.align(4);
  std::vector<uint32_t> escape_place, escape_id;
  for (const auto& [place, id] : id_escapes) {
    escape_place.push_back(place);
    escape_id.push_back(id);
  }
  places_w.planes(escape_place, 4);
  places_w.planes(escape_id, 4);
  places_w.align(4);
  for (const auto& [place, boost] : boosts) {
    places_w.put(place);
    places_w.put(boost);
  }

  Writer names_section;
  names_section.put<uint32_t>(n);
  for (uint32_t& v : name_index) v += uint32_t(4 + 4 * name_index.size());
  names_section.planes(name_index, 4);
  names_section.put_bytes(names_w.bytes.data(), names_w.bytes.size());

  Writer features_w, countries_w, admin1_w;
  features_w.put<uint32_t>(uint32_t(features.items().size()));
  for (const std::string& f : features.items()) {
    features_w.put<uint32_t>(pool.add(f));
    features_w.put<float>(importance_base(f));
  }
  countries_w.put<uint32_t>(uint32_t(countries.items().size()));
  for (const std::string& c : countries.items()) countries_w.put<uint32_t>(pool.add(c));
  const uint32_t country_count = uint32_t(countries.items().size());
  uint32_t admin1_count = 0;
  admin1_w.put<uint32_t>(country_count);
  for (uint32_t c = 0; c <= country_count; ++c) {
    admin1_w.put<uint32_t>(admin1_count);  // where country c's codes start
    if (c < country_count) admin1_count += uint32_t(admin1[c].items().size());
  }
  for (uint32_t c = 0; c < country_count; ++c)
    for (const std::string& a : admin1[c].items()) admin1_w.put<uint32_t>(pool.add(a));

  // Resources: a table, then names and data. Word lists whose lines share prefixes (sorted
  // lists) are front-coded: a plane of shared lengths, then the rest of each line and '\n'.
  Writer res_w;
  {
    const uint32_t count = uint32_t(resources_.size());
    const uint32_t off = 4 + count * 24;
    Writer blob;
    res_w.put<uint32_t>(count);
    for (const auto& [rname, text] : resources_) {
      std::vector<std::string_view> lines;
      for (size_t at = 0;;) {
        const size_t nl = text.find('\n', at);
        lines.push_back(std::string_view(text).substr(at, nl == std::string::npos ? std::string::npos : nl - at));
        if (nl == std::string::npos) break;
        at = nl + 1;
      }
      std::vector<uint8_t> shared(lines.size());
      uint64_t saved = 0;
      for (size_t k = 1; k < lines.size(); ++k) {
        size_t n = 0;
        while (n < 255 && n < lines[k].size() && n < lines[k - 1].size() && lines[k][n] == lines[k - 1][n]) ++n;
        shared[k] = uint8_t(n);
        saved += n;
      }
      const bool front_coded = text.size() >= 4096 && saved * 4 >= text.size();
      const uint32_t name_off = off + uint32_t(blob.bytes.size());
      blob.put_bytes(rname.data(), rname.size());
      blob.bytes.push_back(0);
      const uint32_t data_off = off + uint32_t(blob.bytes.size());
      if (front_coded) {
        blob.put_bytes(shared.data(), shared.size());
        for (size_t k = 0; k < lines.size(); ++k) {
          blob.put_bytes(lines[k].data() + shared[k], lines[k].size() - shared[k]);
          blob.bytes.push_back('\n');
        }
      } else {
        blob.put_bytes(text.data(), text.size());
      }
      res_w.put<uint32_t>(name_off);
      res_w.put<uint32_t>(data_off);
      res_w.put<uint32_t>(uint32_t(off + blob.bytes.size() - data_off));
      res_w.put<uint32_t>(uint32_t(text.size()));
      res_w.put<uint32_t>(front_coded ? fmt::kResourceFrontCoded : fmt::kResourcePlain);
      res_w.put<uint32_t>(uint32_t(lines.size()));
    }
    res_w.put_bytes(blob.bytes.data(), blob.bytes.size());
  }

  // Assemble: header, section table, sections.
  const std::vector<std::pair<uint32_t, const Writer*>> sections = {
      {fmt::kPlaces, &places_w},     {fmt::kNames, &names_section}, {fmt::kStrings, &pool.w},
      {fmt::kFeatures, &features_w}, {fmt::kCountries, &countries_w}, {fmt::kAdmin1, &admin1_w},
      {fmt::kKeys, &keys_w},         {fmt::kPostings, &post_w},     {fmt::kResources, &res_w}};
  Writer out;
  out.put_bytes(fmt::kMagic, 8);
  out.put<uint32_t>(fmt::kVersion);
  out.put<uint32_t>(uint32_t(sections.size()));
  out.put<uint64_t>(0);  // body size, patched below
  out.put<uint64_t>(0);  // checksum, patched below
  out.put<uint64_t>(fmt::fold_fingerprint());
  out.align(fmt::kHeaderSize);
  out.bytes.resize(fmt::kHeaderSize + sections.size() * 24);
  out.align(8);
  for (size_t s = 0; s < sections.size(); ++s) {
    const uint64_t off = out.bytes.size(), size = sections[s].second->bytes.size();
    uint8_t* e = out.bytes.data() + fmt::kHeaderSize + s * 24;
    const uint32_t id = sections[s].first, pad = 0;
    std::memcpy(e, &id, 4);
    std::memcpy(e + 4, &pad, 4);
    std::memcpy(e + 8, &off, 8);
    std::memcpy(e + 16, &size, 8);
    out.put_bytes(sections[s].second->bytes.data(), size);
    out.align(8);
  }
  const uint64_t body = out.bytes.size() - fmt::kHeaderSize;
  const uint64_t sum = fmt::checksum64(out.bytes.data() + fmt::kHeaderSize, body);
  std::memcpy(out.bytes.data() + 16, &body, 8);
  std::memcpy(out.bytes.data() + 24, &sum, 8);
  return std::move(out.bytes);
}

}  // namespace storymap
