#!/usr/bin/env bash
# Installs what a fresh Debian machine lacks, and nothing that is already there.
# Called by serve.sh and scripts/test.sh; safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v em++ >/dev/null 2>&1 || need+=(emscripten)
[ -f /usr/include/nlohmann/json.hpp ] || need+=(nlohmann-json3-dev)
[ -f /usr/include/doctest/doctest.h ] || need+=(doctest-dev)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v clang++-14 >/dev/null 2>&1 || need+=(clang-14)  # libFuzzer and its runtime
command -v cmake >/dev/null 2>&1 || need+=(cmake)
command -v g++ >/dev/null 2>&1 || need+=(g++)
command -v node >/dev/null 2>&1 || need+=(nodejs npm)
if [ ${#need[@]} -gt 0 ]; then
  echo "setup: installing ${need[*]}" >&2
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q "${need[@]}"
fi

# npm packages: reinstall only when the lock file changed since the last install.
stamp=node_modules/.storymap-lock
if [ ! -f "$stamp" ] || ! cmp -s package-lock.json "$stamp"; then
  echo "setup: npm ci" >&2
  npm ci --no-audit --no-fund
  cp package-lock.json "$stamp"
fi
