#include "files.hpp"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sys/stat.h>
#include <unistd.h>

namespace storymap::cli {

std::string read_file(const std::string& path) {
  struct stat st {};
  if (stat(path.c_str(), &st) != 0) throw CliError(path + ": " + std::strerror(errno));
  if (S_ISDIR(st.st_mode)) throw CliError(path + ": is a directory, not a file");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw CliError(path + ": cannot open: " + std::strerror(errno));
  // In blocks (a pipe or /dev/stdin has no size to ask for), not a byte at a time.
  constexpr size_t kBlock = 1 << 16;
  std::string s;
  if (S_ISREG(st.st_mode)) s.reserve(size_t(st.st_size) + kBlock);  // room for the last, short read
  for (;;) {
    const size_t at = s.size();
    s.resize(at + kBlock);
    in.read(&s[at], std::streamsize(kBlock));
    s.resize(at + size_t(in.gcount()));
    if (!in) break;
  }
  if (in.bad()) throw CliError(path + ": read error");
  return s;
}

std::vector<uint8_t> read_bytes(const std::string& path) {
  const std::string s = read_file(path);
  return std::vector<uint8_t>(s.begin(), s.end());
}

void write_file(const std::string& path, const std::vector<uint8_t>& bytes) {
  const std::string tmp = path + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) throw CliError(path + ": cannot write: " + std::strerror(errno));
    out.write(reinterpret_cast<const char*>(bytes.data()), std::streamsize(bytes.size()));
    if (!out) throw CliError(path + ": write error");
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) throw CliError(path + ": " + std::strerror(errno));
}

std::string gazetteer_path(const std::string& option, const char* argv0) {
  if (!option.empty()) return option;
  if (const char* env = std::getenv("STORYMAP_GAZETTEER"); env && *env) return env;
  std::string exe = argv0 ? argv0 : "";
  char buf[4096];
  const ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
  if (n > 0) exe.assign(buf, size_t(n));
  const size_t slash = exe.find_last_of('/');
  return (slash == std::string::npos ? std::string(".") : exe.substr(0, slash)) + "/storymap.smgz";
}

}  // namespace storymap::cli
