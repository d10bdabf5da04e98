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

# Throughput: both corpora once, as id and text only (what geoparse reads; the gold annotations
# are the scorer's), timed inside each process (gazetteer load excluded). Each text is new to
# the process, so the look-up cache only helps as much as news repeats its names. REPEAT runs
# of each build in separate processes: the best and the median.
python3 - "$bench/lgl.jsonl" "$bench/geowebnews.jsonl" > "$tmp/all.jsonl" <<'PY'
import json, sys
for path in sys.argv[1:]:
    for line in open(path):
        d = json.loads(line)
        print(json.dumps({"id": d.get("id", d.get("docid")), "text": d["text"]}))
PY
text_bytes=$(python3 -c "import json,sys; print(sum(len(json.loads(l)['text'].encode()) for l in open(sys.argv[1])))" "$tmp/all.jsonl")
secs() { sed -n 's/.* in \([0-9.e+-]*\) s$/\1/p'; }
native=() wasm=()
for i in $(seq "$repeat"); do
  native+=("$(build/storymap geoparse --stats "$tmp/all.jsonl" 2>&1 >/dev/null | secs)")
  wasm+=("$(node wasm/node/cli.mjs geoparse --stats "$tmp/all.jsonl" 2>&1 >/dev/null | secs)")
done
python3 - "$text_bytes" "${native[*]}" "${wasm[*]}" <<'PY'
import statistics, sys
mb = int(sys.argv[1]) / 1e6
def line(name, runs):
    t = sorted(float(x) for x in runs.split())
    return f"{name} {mb / t[0]:.1f} MB/s best, {mb / statistics.median(t):.1f} MB/s median ({len(t)} runs, {t[0]:.3f}-{t[-1]:.3f} s)"
print(f"throughput on {mb:.2f} MB of article text:")
print("  " + line("native", sys.argv[2]))
print("  " + line("WebAssembly", sys.argv[3]))
PY
