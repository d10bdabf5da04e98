#include <cstdio>
#include <iostream>

#include "api/engine.hpp"
#include "commands.hpp"
#include "files.hpp"
#include "story/article.hpp"

namespace storymap::cli {

int story_command(const std::vector<std::string>& args, const char* argv0) {
  StoryOptions options;
  std::string gazetteer;
  std::vector<std::string> files;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if ((a == "--date" || a == "--gazetteer") && i + 1 >= args.size()) throw CliError(a + " needs a value");
    if (a == "--date") options.date = args[++i];
    else if (a == "--gazetteer") gazetteer = args[++i];
    else if (a.size() > 1 && a[0] == '-' && a != "-") throw CliError("story: unknown option " + a);
    else files.push_back(a);
  }
  if (files.empty()) throw CliError("story: no ARTICLE given");
  std::vector<ArticleInput> inputs;
  for (const std::string& f : files) inputs.push_back({f, read_file(f)});
  const std::string path = gazetteer_path(gazetteer, argv0);
  Engine engine([&] {
    try {
      return Engine(read_bytes(path));
    } catch (const GazetteerError& e) {
      throw CliError(path + ": " + e.what());
    }
  }());
  std::cout << engine.story(std::move(inputs), options) << '\n';
  return std::cout.good() ? 0 : 1;
}

}  // namespace storymap::cli
