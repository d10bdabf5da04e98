#include <chrono>
#include <fstream>
#include <iostream>

#include "api/engine.hpp"
#include "commands.hpp"
#include "files.hpp"
#include "story/article.hpp"

namespace storymap::cli {

// Reads JSON Lines and writes one line per input line. A malformed line is reported on stderr
// with its number and answered with {"line": N, "error": "..."} so the output stays aligned
// with the input; the exit code is then 1 after all lines are done.
int geoparse_command(const std::vector<std::string>& args, const char* argv0) {
  std::string gazetteer, file;
  bool stats = false;
  for (size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--stats") {
      stats = true;
    } else if (args[i] == "--gazetteer") {
      if (i + 1 >= args.size()) throw CliError("--gazetteer needs a value");
      gazetteer = args[++i];
    } else if (args[i].size() > 1 && args[i][0] == '-') {
      throw CliError("geoparse: unknown option " + args[i]);
    } else if (file.empty()) {
      file = args[i];
    } else {
      throw CliError("geoparse: one FILE.jsonl at most");
    }
  }
  const std::string path = gazetteer_path(gazetteer, argv0);
  Engine engine([&] {
    try {
      return Engine(read_bytes(path));
    } catch (const GazetteerError& e) {
      throw CliError(path + ": " + e.what());
    }
  }());
  std::ifstream fin;
  if (!file.empty()) {
    read_file(file).size();  // the same clear errors as elsewhere for a missing file or a directory
    fin.open(file, std::ios::binary);
  }
  std::istream& in = file.empty() ? std::cin : fin;
  const std::string name = file.empty() ? "stdin" : file;
  std::string line;
  size_t n = 0, bad = 0, bytes = 0;
  const auto start = std::chrono::steady_clock::now();
  while (std::getline(in, line)) {
    ++n;
    bytes += line.size() + 1;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    try {
      std::cout << engine.geoparse_line(line) << '\n';
    } catch (const InputError& e) {
      ++bad;
      std::cerr << "storymap: " << name << ":" << n << ": " << e.what() << '\n';
      nlohmann::ordered_json err = {{"line", n}, {"error", e.what()}};
      std::cout << err.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
    }
  }
  if (stats) {
    const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::cerr << "storymap geoparse: " << n << " lines, " << bytes << " bytes in " << secs << " s\n";
  }
  return bad ? 1 : 0;
}

}  // namespace storymap::cli
