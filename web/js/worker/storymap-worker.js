/* global importScripts, createStorymap */
// Runs the WebAssembly engine off the main thread. A classic (not module) worker, because the
// Emscripten glue (MODULARIZE, factory createStorymap) is a classic script for importScripts.
//
// Messages in:  {id, type: 'init', engineJs, engineWasm, gazetteerUrl, gazetteerBytes}
//               {id, type: 'build', articles: [{file, bytes}], date}
// Messages out: {id, type: 'progress', stage, loaded, total}
//               {id, type: 'done', ...}   or   {id, type: 'error', message}
'use strict';

let engine = null; // Promise of the Emscripten module with its gazetteer loaded

// Streams a download so the page can show a progress bar. `expected` is the raw size from the
// site manifest: with gzip transfer encoding, Content-Length counts compressed bytes while the
// stream yields decompressed ones, so it cannot serve as the total.
async function download(url, expected, onProgress) {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url.replace(/^.*\//, '')}: HTTP ${res.status} ${res.statusText}`);
  const length = Number(res.headers.get('Content-Length'));
  const encoded = (res.headers.get('Content-Encoding') || 'identity') !== 'identity';
  const total = expected > 0 ? expected : !encoded && length > 0 ? length : 0;
  if (!res.body || !res.body.getReader) {
    const buf = new Uint8Array(await res.arrayBuffer());
    onProgress(buf.length, total || buf.length);
    return buf;
  }
  const reader = res.body.getReader();
  let buf = new Uint8Array(total || 1 << 20);
  let loaded = 0;
  let last = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (loaded + value.length > buf.length) {
      const bigger = new Uint8Array(Math.max(buf.length * 2, loaded + value.length));
      bigger.set(buf.subarray(0, loaded));
      buf = bigger;
    }
    buf.set(value, loaded);
    loaded += value.length;
    const now = Date.now();
    if (now - last > 60) {
      last = now;
      onProgress(loaded, total);
    }
  }
  onProgress(loaded, total || loaded);
  return loaded === buf.length ? buf : buf.subarray(0, loaded);
}

async function init(msg, post) {
  const t0 = performance.now();
  importScripts(msg.engineJs);
  const modulePromise = createStorymap({
    locateFile: (name) => (name.endsWith('.wasm') ? msg.engineWasm : new URL(name, msg.engineJs).href),
    print: () => {},
    printErr: () => {},
  });
  const bytes = await download(msg.gazetteerUrl, msg.gazetteerBytes, (loaded, total) =>
    post({ type: 'progress', stage: 'gazetteer', loaded, total }));
  const t1 = performance.now();
  post({ type: 'progress', stage: 'index', loaded: bytes.length, total: bytes.length });
  const module = await modulePromise;
  const error = module.loadGazetteer(bytes);
  if (error) throw new Error(`The gazetteer could not be read: ${error}`);
  const t2 = performance.now();
  return { module, timings: { download: Math.round(t1 - t0), load: Math.round(t2 - t1) } };
}

function build(module, articles, date) {
  module.clearArticles();
  try {
    for (const a of articles) module.addArticle(String(a.file), a.bytes instanceof Uint8Array ? a.bytes : String(a.bytes ?? ''));
    return module.buildStory(typeof date === 'string' ? date : '');
  } finally {
    module.clearArticles();
  }
}

self.onmessage = async (e) => {
  const msg = e.data || {};
  const post = (m) => self.postMessage({ id: msg.id, ...m });
  try {
    if (msg.type === 'init') {
      engine ??= init(msg, post);
      const { timings } = await engine;
      post({ type: 'done', timings });
    } else if (msg.type === 'build') {
      if (!engine) throw new Error('the engine is not loaded yet');
      const { module } = await engine;
      const t0 = performance.now();
      const story = build(module, msg.articles || [], msg.date);
      post({ type: 'done', story, ms: Math.round(performance.now() - t0) });
    } else {
      throw new Error(`unknown request ${msg.type}`);
    }
  } catch (err) {
    if (msg.type === 'init') engine = null; // allow a retry
    post({ type: 'error', message: err && err.message ? err.message : String(err) });
  }
};
