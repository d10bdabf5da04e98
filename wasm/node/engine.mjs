// Loads the WebAssembly engine in Node. Emscripten 3.1.6's glue would fetch() the .wasm by
// path, which Node 18+ refuses, so the bytes are read here and handed over.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const defaultWasmDir = path.join(root, 'build-wasm');
export const defaultGazetteer = path.join(root, 'build', 'storymap.smgz');

export async function loadEngine({ wasmDir = defaultWasmDir, gazetteer = defaultGazetteer } = {}) {
  const require = createRequire(import.meta.url);
  const createStorymap = require(path.join(wasmDir, 'storymap.js'));
  const module = await createStorymap({ wasmBinary: fs.readFileSync(path.join(wasmDir, 'storymap.wasm')) });
  let bytes;
  try {
    bytes = fs.readFileSync(gazetteer);
  } catch (e) {
    throw new Error(`${gazetteer}: ${e.code === 'EISDIR' ? 'is a directory, not a file' : e.message}`);
  }
  const error = module.loadGazetteer(bytes);
  if (error) throw new Error(`${gazetteer}: ${error}`);
  return {
    // articles: [{file, bytes: Uint8Array | string}]; returns the story JSON text or {"error"}.
    storyBytes(articles, date = '') {
      module.clearArticles();
      for (const a of articles) module.addArticle(a.file, a.bytes);
      const out = module.buildStory(date ?? '');
      module.clearArticles();
      return out;
    },
    geoparseLine: (line) => module.geoparseLine(line),
  };
}
