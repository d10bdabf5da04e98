// The WebAssembly build under Node prints exactly what the native CLI prints.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const native = path.join(root, 'build', 'storymap');
const node = [path.join(root, 'wasm', 'node', 'cli.mjs')];

function run(cmd, args, input) {
  const r = spawnSync(cmd, args, { cwd: root, input, maxBuffer: 256 << 20, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const both = (args, input) => [run(native, args, input), run(process.execPath, [...node, ...args], input)];

function articleSets() {
  const dir = (d) =>
    fs.existsSync(path.join(root, d))
      ? fs.readdirSync(path.join(root, d)).filter((f) => f.endsWith('.txt')).map((f) => path.join(d, f))
      : [];
  return [dir('data/articles'), ...dir('tests/stories').map((f) => [f])].filter((s) => s.length);
}

for (const files of articleSets()) {
  test(`story parity: ${files.join(' ')}`, () => {
    const [n, w] = both(['story', ...files]);
    assert.equal(n.code, 0, n.err);
    assert.equal(w.code, 0, w.err);
    assert.ok(n.out.startsWith('{"type":"FeatureCollection"'));
    assert.equal(w.out, n.out);
  });
}

test('story parity with --date', () => {
  const [n, w] = both(['story', '--date', '2020-01-02', 'data/articles/000_9172b2b912eb91e2.txt']);
  assert.equal(n.code, 0, n.err);
  assert.equal(w.out, n.out);
  assert.equal(JSON.parse(n.out).story.articles[0].date, '2020-01-02');
});

test('geoparse parity on JSON Lines, from a file and from stdin', () => {
  const file = 'tests/data/geoparse_sample.jsonl';
  const [n, w] = both(['geoparse', file]);
  assert.equal(n.code, 0, n.err);
  assert.equal(w.out, n.out);
  const lines = n.out.trim().split('\n');
  assert.equal(lines.length, fs.readFileSync(path.join(root, file), 'utf8').trim().split('\n').length);
  const [ns, ws] = both(['geoparse'], fs.readFileSync(path.join(root, file)));
  assert.equal(ns.out, n.out);
  assert.equal(ws.out, n.out);
});

test('bad input is refused the same way by both builds', () => {
  const tmp = fs.mkdtempSync('/tmp/storymap-parity-');
  const cases = {
    'empty.txt': Buffer.alloc(0),
    'binary.txt': Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x01, 0x02]),
    'latin1.txt': Buffer.from('Caf\xe9 in Paris\n', 'latin1'),
  };
  for (const [name, bytes] of Object.entries(cases)) {
    const file = path.join(tmp, name);
    fs.writeFileSync(file, bytes);
    const [n, w] = both(['story', file]);
    assert.notEqual(n.code, 0, name);
    assert.notEqual(w.code, 0, name);
    assert.equal(n.err.trim().split('\n').length, 1, n.err);
    assert.ok(n.err.includes(file), n.err);
    assert.equal(w.err, n.err);
    assert.equal(n.out, '');
  }
});
