// Assembles the static site in dist/: the page (web/), vendor files from node_modules, the
// WebAssembly engine, the gazetteer, the sample articles with an index, a prebuilt story for
// the embed view, a manifest, and gzip copies of everything worth compressing.
// Run by scripts/build.sh after the native and wasm builds; incremental (unchanged files are
// not rewritten, gzip copies are only redone when their source changed).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import crypto from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import esbuild from 'esbuild';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(repo, 'dist');
const nm = path.join(repo, 'node_modules');

const written = new Set(); // every file dist/ should hold after this run (relative paths)

function fail(message) {
  console.error(`build-site: ${message}`);
  process.exit(1);
}

function need(file, hint) {
  if (!fs.existsSync(file)) fail(`${path.relative(repo, file)} is missing (${hint})`);
  return file;
}

// Writes only when the content differs, so mtimes (and the server's ETags) stay put.
function writeOut(rel, data) {
  const out = path.join(dist, rel);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const buf = Buffer.isBuffer(data) ? data : Buffer.from(data);
  if (!fs.existsSync(out) || !buf.equals(fs.readFileSync(out))) fs.writeFileSync(out, buf);
  written.add(rel);
}

// Large files are compared by size and mtime rather than read twice.
function copyOut(src, rel) {
  const out = path.join(dist, rel);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const s = fs.statSync(src);
  let same = false;
  if (fs.existsSync(out)) {
    const d = fs.statSync(out);
    same = d.size === s.size && d.mtimeMs >= s.mtimeMs;
  }
  if (!same) fs.copyFileSync(src, out);
  written.add(rel);
}

function copyTree(srcDir, relDir, filter = () => true) {
  for (const entry of fs.readdirSync(srcDir, { withFileTypes: true })) {
    const src = path.join(srcDir, entry.name);
    const rel = path.posix.join(relDir, entry.name);
    if (entry.isDirectory()) copyTree(src, rel, filter);
    else if (filter(entry.name, rel)) copyOut(src, rel);
  }
}

// --- the page
copyTree(path.join(repo, 'web/css'), 'css', (n) => n.endsWith('.css'));
// The page's ES modules as one minified file: one request instead of thirty, each of which
// the browser would find only after the one importing it. The worker, a classic script that
// loads the engine with importScripts, as it is.
const bundle = esbuild.buildSync({
  entryPoints: [need(path.join(repo, 'web/js/main.js'), 'the page')],
  bundle: true,
  format: 'esm',
  target: 'es2020',
  minify: true,
  sourcemap: 'linked',
  outfile: path.join(dist, 'js/main.js'),
  write: false,
  logLevel: 'silent',
});
for (const f of bundle.outputFiles) writeOut(path.relative(dist, f.path).split(path.sep).join('/'), Buffer.from(f.contents));
copyTree(path.join(repo, 'web/js/worker'), 'js/worker', (n) => n.endsWith('.js'));
writeOut('index.html', fs.readFileSync(need(path.join(repo, 'web/index.html'), 'the page'), 'utf8'));
if (fs.existsSync(path.join(repo, 'web/img'))) copyTree(path.join(repo, 'web/img'), 'img');

// --- vendor: Leaflet (minified UMD, sets window.L), topojson-client, Natural Earth shapes.
// Basemap: countries-110m (38 KB gzip) draws first; countries-50m (230 KB gzip) is fetched only
// when the reader zooms in far enough to see the coarse coastlines.
const leaflet = path.join(nm, 'leaflet/dist');
copyOut(need(path.join(leaflet, 'leaflet.js'), 'npm ci'), 'vendor/leaflet/leaflet.js');
copyOut(path.join(leaflet, 'leaflet.css'), 'vendor/leaflet/leaflet.css');
copyTree(path.join(leaflet, 'images'), 'vendor/leaflet/images');
copyOut(need(path.join(nm, 'topojson-client/dist/topojson-client.min.js'), 'npm ci'), 'vendor/topojson-client.min.js');
copyOut(need(path.join(nm, 'world-atlas/countries-110m.json'), 'npm ci'), 'vendor/world-atlas/countries-110m.json');
copyOut(path.join(nm, 'world-atlas/countries-50m.json'), 'vendor/world-atlas/countries-50m.json');

// --- the engine and its gazetteer
copyOut(need(path.join(repo, 'build-wasm/storymap.js'), 'the wasm build: bash scripts/build.sh'), 'engine/storymap.js');
copyOut(need(path.join(repo, 'build-wasm/storymap.wasm'), 'the wasm build'), 'engine/storymap.wasm');
const gazetteer = need(path.join(repo, 'build/storymap.smgz'), 'the gazetteer: bash scripts/build.sh');
copyOut(gazetteer, 'data/storymap.smgz');

// --- sample articles and their index (the `file` is what the native CLI is given, so the
// page's story and the prebuilt one name articles alike)
const articleDir = path.join(repo, 'data/articles');
const articleFiles = fs.readdirSync(articleDir).filter((n) => n.endsWith('.txt')).sort();
const articles = articleFiles.map((name) => {
  copyOut(path.join(articleDir, name), `articles/${name}`);
  return { file: `data/articles/${name}`, url: `articles/${name}`, bytes: fs.statSync(path.join(articleDir, name)).size };
});
writeOut('articles/index.json', JSON.stringify({ articles }, null, 1) + '\n');

// --- the prebuilt story for the embed view, from the native CLI over the same articles
const cli = need(path.join(repo, 'build/storymap'), 'the native build');
let storyText;
try {
  storyText = execFileSync(cli, ['story', '--gazetteer', gazetteer, ...articles.map((a) => a.file)], {
    cwd: repo,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  JSON.parse(storyText);
} catch (e) {
  fail(`build/storymap story data/articles/*.txt failed: ${(e.stderr || e.message || '').toString().trim()}`);
}
writeOut('story.json', storyText);

// --- manifest: sizes the page needs before it downloads (the gazetteer's raw size drives the
// progress bar even when the response is gzip-encoded and carries no usable length)
const hash = (file) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex').slice(0, 12);
const manifest = {
  engine: { js: 'engine/storymap.js', wasm: 'engine/storymap.wasm', version: hash(path.join(repo, 'build-wasm/storymap.wasm')) },
  gazetteer: { url: 'data/storymap.smgz', bytes: fs.statSync(gazetteer).size, version: `${fs.statSync(gazetteer).size}-${Math.floor(fs.statSync(gazetteer).mtimeMs)}` },
  articles: 'articles/index.json',
  story: 'story.json',
  basemap: { coarse: 'vendor/world-atlas/countries-110m.json', fine: 'vendor/world-atlas/countries-50m.json' },
};
writeOut('site.json', JSON.stringify(manifest, null, 1) + '\n');

// --- remove what an earlier build left and this one did not write
function prune(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const abs = path.join(dir, entry.name);
    const rel = path.relative(dist, abs).split(path.sep).join('/');
    if (entry.isDirectory()) {
      prune(abs);
      if (fs.readdirSync(abs).length === 0) fs.rmdirSync(abs);
    } else if (!written.has(rel) && !(rel.endsWith('.gz') && written.has(rel.slice(0, -3)))) {
      fs.rmSync(abs);
    }
  }
}

// --- gzip copies for the server (only where they save something, redone when stale)
const COMPRESS = /\.(html|js|css|json|txt|wasm|smgz|svg)$/;
let gzBytes = 0;
for (const rel of [...written]) {
  const abs = path.join(dist, rel);
  const gz = abs + '.gz';
  const st = fs.statSync(abs);
  if (!COMPRESS.test(rel) || st.size < 1024) {
    if (fs.existsSync(gz)) fs.rmSync(gz);
    continue;
  }
  if (fs.existsSync(gz) && fs.statSync(gz).mtimeMs >= st.mtimeMs) continue;
  const data = fs.readFileSync(abs);
  const level = st.size > 4 * 1024 * 1024 ? 6 : 9; // the gazetteer: level 9 costs seconds for ~1%
  const out = zlib.gzipSync(data, { level });
  if (out.length < data.length * 0.95) {
    fs.writeFileSync(gz, out);
    gzBytes += out.length;
  } else if (fs.existsSync(gz)) fs.rmSync(gz);
}
prune(dist);

console.log(`build-site: dist/ ready (${written.size} files, ${articles.length} articles${gzBytes ? `, ${(gzBytes / 1e6).toFixed(1)} MB gzip refreshed` : ''})`);
