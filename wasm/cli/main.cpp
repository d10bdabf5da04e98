// storymap: the native command line (see README). Errors: one line on stderr, non-zero exit.
#include <cstdio>
#include <exception>
#include <string>
#include <vector>

#include "commands.hpp"
#include "files.hpp"

namespace {
const char* kUsage =
    "usage: storymap story [--date YYYY-MM-DD] [--gazetteer FILE] ARTICLE...\n"
    "       storymap geoparse [--gazetteer FILE] [FILE.jsonl]\n"
    "       storymap gazetteer --out FILE [--npm DIR] [--data DIR] [--geonames FILE]...\n";
}

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fputs(kUsage, stderr);
    return 2;
  }
  const std::string cmd = argv[1];
  const std::vector<std::string> args(argv + 2, argv + argc);
  try {
    if (cmd == "story") return storymap::cli::story_command(args, argv[0]);
    if (cmd == "geoparse") return storymap::cli::geoparse_command(args, argv[0]);
    if (cmd == "gazetteer") return storymap::cli::gazetteer_command(args);
    if (cmd == "--help" || cmd == "-h" || cmd == "help") {
      std::fputs(kUsage, stdout);
      return 0;
    }
    std::fprintf(stderr, "storymap: unknown command '%s'\n%s", cmd.c_str(), kUsage);
    return 2;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "storymap: %s\n", e.what());
    return 1;
  }
}
