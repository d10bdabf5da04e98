// The native CLI's contract: outputs, offsets, and one clear error line for bad input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cli = path.join(root, 'build', 'storymap');
const gazetteer = path.join(root, 'build', 'storymap.smgz');
const run = (args, input) => spawnSync(cli, args, { cwd: root, input, maxBuffer: 256 << 20 });
const tmp = fs.mkdtempSync('/tmp/storymap-cli-');

test('geoparse: byte offsets point at the toponym text, one output line per input line', () => {
  const r = run(['geoparse', 'tests/data/geoparse_sample.jsonl']);
  assert.equal(r.status, 0, r.stderr.toString());
  const inputs = fs.readFileSync(path.join(root, 'tests/data/geoparse_sample.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  const outputs = r.stdout.toString().trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(outputs.length, inputs.length);
  let total = 0;
  outputs.forEach((o, i) => {
    assert.equal(o.id, inputs[i].id ?? inputs[i].docid);
    const bytes = Buffer.from(inputs[i].text, 'utf8');
    for (const t of o.toponyms) {
      assert.equal(bytes.subarray(t.start, t.end).toString('utf8'), t.text);
      assert.ok(Math.abs(t.lat) <= 90 && Math.abs(t.lon) <= 180);
      total++;
    }
  });
  assert.ok(total >= 10, `only ${total} toponyms`);
});

test('geoparse: a malformed line is reported with its number and the rest still parsed', () => {
  const file = path.join(tmp, 'mixed.jsonl');
  fs.writeFileSync(file, '{"id": 1, "text": "Flooding hit Lagos."}\nnot json\n{"text": "no id"}\n{"id": 4, "text": "Rain in Oslo."}\n');
  const r = run(['geoparse', file]);
  assert.equal(r.status, 1);
  const err = r.stderr.toString().trim().split('\n');
  assert.equal(err.length, 2);
  assert.match(err[0], /mixed\.jsonl:2: not JSON/);
  assert.match(err[1], /mixed\.jsonl:3: no "id"/);
  const out = r.stdout.toString().trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(out.length, 4);
  assert.equal(out[0].toponyms[0].name, 'Lagos');
  assert.deepEqual(out[1], { line: 2, error: out[1].error });
  assert.equal(out[3].toponyms[0].name, 'Oslo');
});

test('story: missing file, directory and unknown option give one clear line', () => {
  for (const [args, pattern] of [
    [['story', 'no/such/article.txt'], /no\/such\/article\.txt: No such file/],
    [['story', 'data'], /data: is a directory/],
    [['story', '--bogus', 'x'], /unknown option --bogus/],
    [['story'], /no ARTICLE/],
    [['story', '--date', '2019-13-45', 'data/articles/001_3037fa50a5ca8de3.txt'], /--date 2019-13-45/],
  ]) {
    const r = run(args);
    assert.notEqual(r.status, 0, args.join(' '));
    const err = r.stderr.toString().trim();
    assert.equal(err.split('\n').length, 1, err);
    assert.match(err, pattern);
    assert.equal(r.stdout.length, 0);
  }
});

test('a damaged or truncated gazetteer is refused with a clear error', () => {
  const bytes = fs.readFileSync(gazetteer);
  const truncated = path.join(tmp, 'truncated.smgz');
  fs.writeFileSync(truncated, bytes.subarray(0, bytes.length >> 1));
  const flipped = path.join(tmp, 'flipped.smgz');
  const copy = Buffer.from(bytes);
  copy[copy.length >> 1] ^= 0x10;
  fs.writeFileSync(flipped, copy);
  for (const [file, pattern] of [[truncated, /truncated/], [flipped, /checksum/], [path.join(root, 'README.md'), /not a storymap gazetteer/]]) {
    const r = run(['story', '--gazetteer', file, 'data/articles/001_3037fa50a5ca8de3.txt']);
    assert.notEqual(r.status, 0);
    assert.match(r.stderr.toString(), pattern);
    assert.ok(r.stderr.toString().includes(file));
  }
});

test('story: article text round-trips: every mention offset points at its text', () => {
  const files = fs.readdirSync(path.join(root, 'data/articles')).map((f) => `data/articles/${f}`);
  const r = run(['story', ...files]);
  assert.equal(r.status, 0, r.stderr.toString());
  const story = JSON.parse(r.stdout.toString());
  const byId = Object.fromEntries(story.story.articles.map((a) => [a.id, fs.readFileSync(path.join(root, a.file))]));
  for (const f of story.features.filter((f) => f.properties.kind === 'place'))
    for (const m of f.properties.mentions) {
      assert.equal(byId[m.article].subarray(m.start, m.end).toString('utf8'), m.text);
      assert.ok(m.sentence.includes(m.text));
    }
});
