// The CLI's I/O edge: reading inputs with errors that name them.
#pragma once
#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

namespace storymap::cli {

// A failure to report as "storymap: <message>" with a non-zero exit.
class CliError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Whole file; throws CliError "<path>: <reason>" (missing, a directory, unreadable).
std::string read_file(const std::string& path);
std::vector<uint8_t> read_bytes(const std::string& path);
void write_file(const std::string& path, const std::vector<uint8_t>& bytes);

// The gazetteer to use: the --gazetteer option, else $STORYMAP_GAZETTEER, else storymap.smgz
// beside the executable.
std::string gazetteer_path(const std::string& option, const char* argv0);

}  // namespace storymap::cli
