#!/usr/bin/env bash
# Geoparsing benchmark: accuracy on the public corpora in ../shared/bench (scored by their
# scorer) and throughput of the native and the WebAssembly builds on the same input, whose
# outputs must be byte-identical. Usage: bench/geoparse.sh [REPEAT]   (after scripts/build.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
bench=../shared/bench
repeat=${1:-5}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

for corpus in lgl geowebnews; do
  gold=$bench/$corpus.jsonl
  build/storymap geoparse "$gold" > "$tmp/$corpus.native"
  node wasm/node/cli.mjs geoparse "$gold" > "$tmp/$corpus.wasm"
  cmp -s "$tmp/$corpus.native" "$tmp/$corpus.wasm" && same=identical || same=DIFFERENT
  echo "== $corpus (native and WebAssembly output: $same)"
  python3 $bench/score_geoparse.py "$gold" "$tmp/$corpus.native"
done

# Throughput: the corpora repeated, timed inside each process (gazetteer load excluded).
for i in $(seq "$repeat"); do cat $bench/lgl.jsonl $bench/geowebnews.jsonl; done > "$tmp/all.jsonl"
text_bytes=$(python3 -c "import json,sys; print(sum(len(json.loads(l)['text'].encode()) for l in open(sys.argv[1])))" "$tmp/all.jsonl")
secs() { sed -n 's/.* in \([0-9.e+-]*\) s$/\1/p'; }
native=$(build/storymap geoparse --stats "$tmp/all.jsonl" 2>&1 >/dev/null | secs)
wasm=$(node wasm/node/cli.mjs geoparse --stats "$tmp/all.jsonl" 2>&1 >/dev/null | secs)
python3 - "$text_bytes" "$native" "$wasm" <<'PY'
import sys
mb = int(sys.argv[1]) / 1e6
n, w = float(sys.argv[2]), float(sys.argv[3])
print(f"throughput on {mb:.1f} MB of article text: native {mb/n:.1f} MB/s ({n:.2f} s), WebAssembly {mb/w:.1f} MB/s ({w:.2f} s)")
PY
