#!/usr/bin/env node
// `npm run story -- ARTICLE...` and `npm run geoparse -- FILE.jsonl`: the native CLI's
// story and geoparse commands, run by the WebAssembly build. Same output, byte for byte.
import fs from 'node:fs';
import readline from 'node:readline';
import { loadEngine } from './engine.mjs';

function fail(message) {
  process.stderr.write(`storymap: ${message}\n`);
  process.exit(1);
}

function readText(file) {
  try {
    const st = fs.statSync(file);
    if (st.isDirectory()) fail(`${file}: is a directory, not a file`);
    // Bytes as they are: the engine checks UTF-8 itself and names the problem.
    return fs.readFileSync(file);
  } catch (e) {
    fail(`${file}: ${e.code === 'ENOENT' ? 'No such file or directory' : e.message}`);
  }
}

function parseArgs(argv, valued) {
  const opts = {};
  const files = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (valued.includes(a)) {
      if (i + 1 >= argv.length) fail(`${a} needs a value`);
      opts[a.slice(2)] = argv[++i];
    } else if (a.startsWith('-') && a !== '-') {
      fail(`unknown option ${a}`);
    } else {
      files.push(a);
    }
  }
  return { opts, files };
}

async function story(argv) {
  const { opts, files } = parseArgs(argv, ['--date', '--gazetteer']);
  if (files.length === 0) fail('story: no ARTICLE given');
  const articles = files.map((file) => ({ file, bytes: readText(file) }));
  const engine = await loadEngine({ gazetteer: opts.gazetteer }).catch((e) => fail(e.message));
  const out = engine.storyBytes(articles, opts.date);
  if (out.startsWith('{"error"')) fail(JSON.parse(out).error);
  process.stdout.write(out + '\n');
}

async function geoparse(argv) {
  const stats = argv.includes('--stats');
  const { opts, files } = parseArgs(argv.filter((a) => a !== '--stats'), ['--gazetteer']);
  if (files.length > 1) fail('geoparse: one FILE.jsonl at most');
  const name = files[0] ?? 'stdin';
  if (files[0]) readText(files[0]);
  const engine = await loadEngine({ gazetteer: opts.gazetteer }).catch((e) => fail(e.message));
  const input = files[0] ? fs.createReadStream(files[0]) : process.stdin;
  let n = 0;
  let bad = 0;
  let bytesIn = 0;
  const started = process.hrtime.bigint();
  const out = [];
  // Lines are split on bytes and passed as bytes, so invalid UTF-8 is judged as natively.
  const handle = (bytes) => {
    n++;
    bytesIn += bytes.length + 1;
    if (bytes.length && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
    let blank = 0;
    while (blank < bytes.length && (bytes[blank] === 0x20 || bytes[blank] === 0x09)) blank++;
    if (blank === bytes.length) return;  // a blank line
    const result = engine.geoparseLine(bytes);
    if (result.startsWith('{"error"')) {
      bad++;
      const message = JSON.parse(result).error;
      process.stderr.write(`storymap: ${name}:${n}: ${message}\n`);
      out.push(JSON.stringify({ line: n, error: message }));
    } else {
      out.push(result);
    }
    if (out.length >= 256) process.stdout.write(out.splice(0).join('\n') + '\n');
  };
  let rest = Buffer.alloc(0);
  for await (const chunk of input) {
    let buf = rest.length ? Buffer.concat([rest, chunk]) : chunk;
    let start = 0;
    for (let i = buf.indexOf(10); i !== -1; i = buf.indexOf(10, start)) {
      handle(buf.subarray(start, i));
      start = i + 1;
    }
    rest = Buffer.from(buf.subarray(start));
  }
  if (rest.length) handle(rest);
  if (out.length) process.stdout.write(out.join('\n') + '\n');
  if (stats) {
    const secs = Number(process.hrtime.bigint() - started) / 1e9;
    process.stderr.write(`storymap geoparse: ${n} lines, ${bytesIn} bytes in ${secs} s\n`);
  }
  process.exitCode = bad ? 1 : 0;
}

const [command, ...rest] = process.argv.slice(2);
if (command === 'story') await story(rest);
else if (command === 'geoparse') await geoparse(rest);
else fail('usage: cli.mjs story [--date YYYY-MM-DD] [--gazetteer FILE] ARTICLE... | geoparse [--gazetteer FILE] [FILE.jsonl]');
