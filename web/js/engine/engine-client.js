// The page's handle on the engine, which runs in a Web Worker so the 16 MB gazetteer load and
// the story build never freeze the map. Requests are numbered; the worker answers each with
// progress messages and then one result or one error.

export class EngineClient {
  constructor(workerUrl = new URL('js/worker/storymap-worker.js', document.baseURI)) {
    // A classic worker: the Emscripten glue is a classic script loaded with importScripts.
    this.worker = new Worker(workerUrl, { name: 'storymap-engine' });
    this.pending = new Map();
    this.nextId = 1;
    this.worker.onmessage = (e) => this.onMessage(e.data);
    this.worker.onerror = (e) => {
      e.preventDefault?.();
      this.failAll(new Error(`The engine stopped: ${e.message || 'worker error'}`));
    };
  }

  onMessage(msg) {
    const req = this.pending.get(msg?.id);
    if (!req) return;
    if (msg.type === 'progress') {
      req.onProgress?.(msg);
      return;
    }
    this.pending.delete(msg.id);
    if (msg.type === 'error') req.reject(new Error(msg.message));
    else req.resolve(msg);
  }

  failAll(error) {
    for (const req of this.pending.values()) req.reject(error);
    this.pending.clear();
  }

  call(type, payload, onProgress, transfer = []) {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, onProgress });
      this.worker.postMessage({ id, type, ...payload }, transfer);
    });
  }

  // Loads the WebAssembly module and the gazetteer. URLs are made absolute here: the worker
  // would resolve relative ones against its own script's folder.
  init(manifest, onProgress) {
    const abs = (u) => new URL(u, document.baseURI).href;
    return this.call('init', {
      engineJs: abs(manifest.engine.js),
      engineWasm: abs(manifest.engine.wasm),
      gazetteerUrl: abs(manifest.gazetteer.url),
      gazetteerBytes: manifest.gazetteer.bytes,
    }, onProgress);
  }

  // articles: [{file, bytes: Uint8Array}]; resolves to {story: string (the story JSON text or
  // {"error"}), ms}.
  build(articles, date = '') {
    return this.call('build', { articles: articles.map((a) => ({ file: a.file, bytes: a.bytes })), date });
  }
}
