#!/usr/bin/env bash
# libFuzzer over the article pipeline, geoparse and the gazetteer reader (clang from Debian).
# FUZZ_SECONDS per target (default 20; run 600 or more for a real campaign). Needs build/storymap.smgz.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${FUZZ_SECONDS:-20}
export STORYMAP_GAZETTEER=$PWD/build/storymap.smgz
[ -f build-fuzz/CMakeCache.txt ] || CC=clang-14 CXX=clang++-14 cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSTORYMAP_FUZZ=ON >/dev/null
cmake --build build-fuzz -j"$(nproc)" --target fuzz_article fuzz_geoparse fuzz_gazetteer

# Seed corpora from the project's own data, in a scratch folder (never committed).
corpus=build-fuzz/corpus
mkdir -p "$corpus/article" "$corpus/geoparse" "$corpus/gazetteer"
cp data/articles/*.txt "$corpus/article/"
split -l 1 tests/data/geoparse_sample.jsonl "$corpus/geoparse/line-"
head -c 4096 build/storymap.smgz > "$corpus/gazetteer/header"

for target in article geoparse gazetteer; do
  echo "== fuzz_$target for ${seconds}s"
  log=build-fuzz/fuzz_$target.log
  if ! build-fuzz/fuzz_$target -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=4096 -print_final_stats=1 \
      -artifact_prefix=build-fuzz/ "$corpus/$target" >"$log" 2>&1; then
    tail -40 "$log"
    echo "fuzz_$target: FAILED (log: $log)" >&2
    exit 1
  fi
  grep -E "^(stat::number_of_executed_units|stat::peak_rss_mb)|cov: " "$log" | tail -3
done
