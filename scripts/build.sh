#!/usr/bin/env bash
# Builds everything from source and pinned packages: the native CLI and tests (build/), the
# gazetteer (build/storymap.smgz), the WebAssembly engine (build-wasm/) and the page (dist/).
# Incremental: a second run only redoes what changed.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc 2>/dev/null || echo 2)
export NODE_PATH=/usr/share/nodejs  # emcc's optimizer needs Debian's acorn

[ -f build/CMakeCache.txt ] || cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$jobs"

# The gazetteer: rebuilt when its inputs are newer than it.
gaz=build/storymap.smgz
if [ ! -f "$gaz" ] || [ -n "$(find data/curated data/lexicon data/corridors package-lock.json build/storymap -newer "$gaz" 2>/dev/null | head -1)" ]; then
  build/storymap gazetteer --out "$gaz" --npm node_modules --data data
fi

[ -f build-wasm/CMakeCache.txt ] || emcmake cmake -S . -B build-wasm -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build-wasm -j"$jobs"
# The module must instantiate; a link whose JS glue and .wasm disagree is relinked once.
smoke='const f=require("./build-wasm/storymap.js");f({wasmBinary:require("fs").readFileSync("build-wasm/storymap.wasm")}).then(()=>process.exit(0),()=>process.exit(1))'
if ! node -e "$smoke" >/dev/null 2>&1; then
  echo "build: the WebAssembly module did not instantiate; relinking" >&2
  rm -f build-wasm/storymap.js build-wasm/storymap.wasm
  cmake --build build-wasm -j"$jobs"
  node -e "$smoke"
fi

node web/build-site.mjs
