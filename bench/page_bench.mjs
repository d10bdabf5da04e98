// Page load benchmark in Debian's Chromium (playwright-core), on the built site (dist/), served
// by the site's own server on localhost: time from navigation start to the page marking itself
// ready (document.documentElement.dataset.storymap = "ready", dataset.readyMs = that moment on
// the page's clock), and the bytes transferred by then,
// for
//   engine   index.html: downloads the engine and the gazetteer, builds the story from the articles
//   embed    index.html?embed=story.json: the same page drawing the prebuilt story, no engine
//   static   bench/static-page.html: a bare Leaflet page drawing the same prebuilt story
//            (the least a static page can do; see the file)
// Median and range of RUNS fresh browser contexts (no cache) each.
//
//   node bench/page_bench.mjs [RUNS]      (after scripts/build.sh)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../web/server.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.argv[2] || 5);
const staticPage = fs.readFileSync(path.join(repo, 'bench/static-page.html'), 'utf8');

const { server, url } = await startServer({ root: path.join(repo, 'dist'), port: 0 });
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});

async function measure(pagePath) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.route('**/static-page.html', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: staticPage }));
  // Bytes on the wire: each response's content-length (the server sends .gz where it has one).
  const sizes = [];
  context.on('response', (r) => sizes.push(r.allHeaders().then((h) => Number(h['content-length'] || 0), () => 0)));
  await page.goto(url + pagePath);
  await page.waitForFunction(() => ['ready', 'error'].includes(document.documentElement.dataset.storymap), null, { timeout: 60000 });
  // The page's own clock: navigation start to the moment it marked itself ready.
  const [state, ms] = await page.evaluate(() => [document.documentElement.dataset.storymap, Number(document.documentElement.dataset.readyMs)]);
  const bytes = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
  await context.close();
  if (state !== 'ready') throw new Error(`${pagePath}: ${state}`);
  return { ms, bytes };
}

const stat = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)], min: s[0], max: s[s.length - 1] };
};
for (const [name, pagePath] of [['engine', 'index.html'], ['embed', 'index.html?embed=story.json'], ['static', 'static-page.html']]) {
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await measure(pagePath));
  const t = stat(results.map((r) => r.ms));
  const kb = stat(results.map((r) => r.bytes / 1024)).median;
  console.log(`${name.padEnd(7)} ready in ${t.median} ms median (${t.min}-${t.max} ms, ${runs} runs), ${kb.toFixed(1)} KB transferred`);
}
await browser.close();
server.close();
