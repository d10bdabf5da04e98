// A small static file server for dist/, with no dependencies: the page is a folder of static
// files, so anything that serves files with the right MIME types will do; this one is for
// `./serve.sh` and the end-to-end tests. Binds 127.0.0.1 only.
//
//   node web/server.mjs [--root dist] [--port 8000]      (PORT in the environment works too)
//
// Serves precompressed `name.gz` copies (written by build-site.mjs) when the client accepts gzip,
// compresses other text on the fly, answers conditional requests with 304, never lists
// directories, and refuses paths that leave the root.
import http from 'node:http';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.smgz': 'application/octet-stream',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.gz': 'application/gzip',
};

// Worth compressing: text, JSON, WebAssembly and the gazetteer (it halves).
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.geojson', '.txt', '.wasm', '.smgz', '.svg']);

// True when Accept-Encoding lists gzip (or *) with a non-zero quality.
function acceptsGzip(req) {
  return String(req.headers['accept-encoding'] || '')
    .split(',')
    .some((part) => {
      const [name, ...params] = part.trim().toLowerCase().split(';');
      if (name.trim() !== 'gzip' && name.trim() !== '*') return false;
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return !q || Number(q.slice(2)) > 0;
    });
}

function send(res, status, text, headers = {}) {
  const body = Buffer.from(text);
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': body.length,
    'X-Content-Type-Options': 'nosniff',
    ...headers,
  });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}

// Maps a URL path to a file under root, or null when it would leave the root or names a
// hidden file. Decoding happens once, here, so "%2e%2e" cannot sneak past the check.
export function resolveSafe(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/');
  if (segments.some((s) => s === '..' || (s.startsWith('.') && s.length > 0))) return null;
  const file = path.resolve(root, '.' + path.posix.normalize('/' + decoded));
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  return file;
}

async function statFile(file) {
  try {
    const st = await fsp.stat(file);
    return st.isFile() ? st : st.isDirectory() ? 'dir' : null;
  } catch {
    return null;
  }
}

export function createHandler(rootDir) {
  const root = path.resolve(rootDir);
  return async function handle(req, res) {
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        return send(res, 405, 'Method not allowed\n', { Allow: 'GET, HEAD' });
      }
      const url = new URL(req.url, 'http://localhost');
      let file = resolveSafe(root, url.pathname);
      if (!file) return send(res, 400, 'Bad path\n');
      let st = await statFile(file);
      if (st === 'dir') {
        // A directory only ever means its index.html; without the slash, redirect so relative
        // URLs in the page resolve against the directory.
        if (!url.pathname.endsWith('/')) {
          return send(res, 301, 'Moved\n', { Location: url.pathname + '/' + url.search });
        }
        file = path.join(file, 'index.html');
        st = await statFile(file);
      }
      if (!st || st === 'dir') return send(res, 404, 'Not found\n');

      const ext = path.extname(file).toLowerCase();
      const type = MIME[ext] || 'application/octet-stream';
      const headers = {
        'Content-Type': type,
        'Cache-Control': 'no-cache',
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
        'Last-Modified': st.mtime.toUTCString(),
      };
      let body = file;
      let size = st.size;
      let encoded = null;
      if (COMPRESSIBLE.has(ext)) {
        headers.Vary = 'Accept-Encoding';
        if (acceptsGzip(req)) {
          const gz = await statFile(file + '.gz');
          if (gz && gz !== 'dir' && gz.mtimeMs >= st.mtimeMs) {
            body = file + '.gz';
            size = gz.size;
            encoded = 'pre';
          } else if (st.size > 1024) {
            encoded = 'live';
          }
        }
      }
      const etag = `"${st.size.toString(36)}-${Math.floor(st.mtimeMs).toString(36)}${encoded ? '-gz' : ''}"`;
      headers.ETag = etag;
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304, { ETag: etag, 'Cache-Control': 'no-cache', Vary: headers.Vary || '' });
        return res.end();
      }
      if (encoded) headers['Content-Encoding'] = 'gzip';
      if (encoded !== 'live') headers['Content-Length'] = size;
      res.writeHead(200, headers);
      if (req.method === 'HEAD') return res.end();
      const stream = fs.createReadStream(body);
      stream.on('error', () => res.destroy());
      if (encoded === 'live') stream.pipe(zlib.createGzip({ level: 6 })).pipe(res);
      else stream.pipe(res);
    } catch (e) {
      if (!res.headersSent) send(res, 500, 'Server error\n');
      else res.destroy();
    }
  };
}

// Starts the server; port 0 picks a free port. Resolves to {server, url}.
export function startServer({ root, port = 8000, host = '127.0.0.1' } = {}) {
  const server = http.createServer(createHandler(root));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const addr = server.address();
      resolve({ server, url: `http://${host}:${addr.port}/` });
    });
  });
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const args = process.argv.slice(2);
  const opt = (name) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const here = path.dirname(fileURLToPath(import.meta.url));
  const root = path.resolve(opt('--root') || path.join(here, '..', 'dist'));
  const port = Number(opt('--port') || process.env.PORT || 8000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`serve: PORT must be a number from 0 to 65535, not "${opt('--port') || process.env.PORT}"`);
    process.exit(2);
  }
  if (!fs.existsSync(path.join(root, 'index.html'))) {
    console.error(`serve: ${root}/index.html not found: build the site first (bash scripts/build.sh)`);
    process.exit(1);
  }
  startServer({ root, port })
    .then(({ url }) => console.log(`storymap: serving ${root} at ${url} (Ctrl-C to stop)`))
    .catch((e) => {
      console.error(`serve: cannot listen on 127.0.0.1:${port}: ${e.code === 'EADDRINUSE' ? 'port in use' : e.message}`);
      process.exit(1);
    });
}
