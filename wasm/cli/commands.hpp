// The CLI's subcommands; each returns the process exit code.
#pragma once
#include <string>
#include <vector>

namespace storymap::cli {

int story_command(const std::vector<std::string>& args, const char* argv0);
int geoparse_command(const std::vector<std::string>& args, const char* argv0);
int gazetteer_command(const std::vector<std::string>& args);

}  // namespace storymap::cli
