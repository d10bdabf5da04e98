// Gazetteer load time in the WebAssembly engine, as the page's worker pays it: the time of
// loadGazetteer(bytes) (the copy into WebAssembly memory, the header and checksum check, and the
// engine set up over the gazetteer: its word lists read), median of several runs.
//
//   node bench/gazetteer_wasm_bench.mjs [--wasm DIR] [--gazetteer FILE] [--runs N]
//
// DIR defaults to build-wasm/, FILE to build/storymap.smgz (as wasm/node/engine.mjs).
// The gazetteer's own figures under WebAssembly (constructor alone, lookups per second) come from
// the native benchmark compiled with em++; docs/gazetteer.md gives the command.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const wasmDir = path.resolve(option('--wasm', path.join(root, 'build-wasm')));
const gazetteer = path.resolve(option('--gazetteer', path.join(root, 'build', 'storymap.smgz')));
const runs = Number(option('--runs', '15'));

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const require = createRequire(import.meta.url);
const createStorymap = require(path.join(wasmDir, 'storymap.js'));
const t0 = performance.now();
const module = await createStorymap({ wasmBinary: fs.readFileSync(path.join(wasmDir, 'storymap.wasm')) });
const instantiate = performance.now() - t0;
const bytes = fs.readFileSync(gazetteer);

const times = [];
for (let r = 0; r < runs; ++r) {
  const start = performance.now();
  const error = module.loadGazetteer(bytes);
  times.push(performance.now() - start);
  if (error) {
    console.error(`${gazetteer}: ${error}`);
    process.exit(1);
  }
}

// End to end: the sample articles geoparsed once the gazetteer is in.
const articles = fs.readdirSync(path.join(root, 'data', 'articles')).filter((f) => f.endsWith('.txt'));
const lines = articles.map((f, i) => JSON.stringify({ id: i, text: fs.readFileSync(path.join(root, 'data', 'articles', f), 'utf8') }));
const parse = [];
for (let r = 0; r < 5; ++r) {
  const start = performance.now();
  for (const line of lines) module.geoparseLine(line);
  parse.push(performance.now() - start);
}

console.log(`gazetteer ${gazetteer}: ${bytes.length} bytes`);
console.log(`WebAssembly module instantiated in ${instantiate.toFixed(1)} ms (${wasmDir})`);
console.log(`loadGazetteer: median ${median(times).toFixed(2)} ms, min ${Math.min(...times).toFixed(2)} ms over ${runs} runs`);
console.log(`geoparse of the ${lines.length} sample articles: median ${median(parse).toFixed(2)} ms`);
