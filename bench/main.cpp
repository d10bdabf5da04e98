// storymap_bench: native benchmarks of the engine, one per subcommand.
//   storymap_bench gazetteer FILE [TEXT...]   load time, lookups and place reads per second
#include <cstdio>
#include <cstring>
#include <exception>
#include <string>
#include <vector>

namespace storymap::bench {
int gazetteer(const std::vector<std::string>& args);
}

int main(int argc, char** argv) {
  struct Command { const char* name; int (*run)(const std::vector<std::string>&); const char* usage; };
  const Command commands[] = {
      {"gazetteer", storymap::bench::gazetteer, "gazetteer FILE [TEXT...]"},
  };
  if (argc >= 2)
    for (const Command& c : commands)
      if (std::strcmp(argv[1], c.name) == 0) {
        try {
          return c.run(std::vector<std::string>(argv + 2, argv + argc));
        } catch (const std::exception& e) {
          std::fprintf(stderr, "storymap_bench %s: %s\n", c.name, e.what());
          return 1;
        }
      }
  std::fprintf(stderr, "usage:\n");
  for (const Command& c : commands) std::fprintf(stderr, "  storymap_bench %s\n", c.usage);
  return 2;
}
