// The static server: MIME types, gzip, conditional requests, 404/405, and no way out of the
// site's folder.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import zlib from 'node:zlib';
import fs from 'node:fs';
import path from 'node:path';
import { startServer } from '../../web/server.mjs';
import { dist } from './helpers/harness.mjs';

let server;
let port;
before(async () => {
  ({ server } = await startServer({ root: dist, port: 0 }));
  port = server.address().port;
});
after(() => new Promise((r) => server.close(r)));

// Raw requests: fetch() would normalise "..", which is exactly what must be tested.
function get(rawPath, { method = 'GET', headers = {} } = {}) {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: rawPath, method, headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

test('binds 127.0.0.1 only', () => {
  assert.equal(server.address().address, '127.0.0.1');
});

test('MIME types', async () => {
  const want = {
    '/': 'text/html; charset=utf-8',
    '/engine/storymap.wasm': 'application/wasm',
    '/engine/storymap.js': 'text/javascript; charset=utf-8',
    '/js/main.js': 'text/javascript; charset=utf-8',
    '/css/page.css': 'text/css; charset=utf-8',
    '/story.json': 'application/json; charset=utf-8',
    '/articles/index.json': 'application/json; charset=utf-8',
    '/data/storymap.smgz': 'application/octet-stream',
  };
  const txt = fs.readdirSync(path.join(dist, 'articles')).find((n) => n.endsWith('.txt'));
  want[`/articles/${txt}`] = 'text/plain; charset=utf-8';
  for (const [url, type] of Object.entries(want)) {
    const res = await get(url, { method: 'HEAD' });
    assert.equal(res.status, 200, url);
    assert.equal(res.headers['content-type'], type, url);
    assert.equal(res.headers['x-content-type-options'], 'nosniff');
  }
});

test('gzip when accepted, identity otherwise, same bytes either way', async () => {
  const plain = await get('/engine/storymap.wasm');
  assert.equal(plain.headers['content-encoding'], undefined);
  const gz = await get('/engine/storymap.wasm', { headers: { 'Accept-Encoding': 'gzip, deflate, br' } });
  assert.equal(gz.headers['content-encoding'], 'gzip');
  assert.ok(gz.body.length < plain.body.length);
  assert.ok(zlib.gunzipSync(gz.body).equals(plain.body));
  assert.match(gz.headers.vary, /Accept-Encoding/);
  const refused = await get('/engine/storymap.wasm', { headers: { 'Accept-Encoding': 'gzip;q=0' } });
  assert.equal(refused.headers['content-encoding'], undefined);
});

test('conditional requests answer 304', async () => {
  const first = await get('/story.json');
  const again = await get('/story.json', { headers: { 'If-None-Match': first.headers.etag } });
  assert.equal(again.status, 304);
  assert.equal(again.body.length, 0);
});

test('no directory traversal', async () => {
  for (const url of ['/../package.json', '/%2e%2e/package.json', '/..%2fpackage.json', '/js/%2e%2e/%2e%2e/package.json',
    '/%2e%2e%2f%2e%2e%2fetc/passwd', '/..\\package.json', '/js/..%5c..%5cpackage.json', '/%00', '/.git/config']) {
    const res = await get(url);
    assert.ok(res.status === 400 || res.status === 404, `${url} -> ${res.status}`);
    assert.doesNotMatch(res.body.toString(), /"name": "storymap"|root:/, url);
  }
});

test('404 for missing files, 405 for other methods, no directory listings', async () => {
  assert.equal((await get('/nope.html')).status, 404);
  assert.equal((await get('/index.html', { method: 'POST' })).status, 405);
  assert.equal((await get('/js/')).status, 404);
  const redirect = await get('/js');
  assert.equal(redirect.status, 301);
});
