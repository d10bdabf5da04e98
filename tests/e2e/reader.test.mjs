// The reader's page with the engine: it loads the gazetteer in a worker, builds the story from
// the sample articles, draws it, and stays inside its own origin.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startAll, openPage, waitReady } from './helpers/harness.mjs';

let env;
let p; // one page for the whole file: the engine load is the slow part
before(async () => {
  env = await startAll();
  // Records what the progress bar said while the gazetteer downloaded.
  p = await openPage(env, {
    init: () => {
      window.__progress = [];
      document.addEventListener('DOMContentLoaded', () => {
        const detail = document.querySelector('.sm-progress-detail');
        new MutationObserver(() => window.__progress.push(detail.textContent))
          .observe(detail, { childList: true, characterData: true, subtree: true });
      });
    },
  });
  await p.page.goto(env.url);
  await waitReady(p.page);
});
after(async () => {
  await p?.context.close();
  await env?.close();
});

test('the page becomes ready with the engine and draws a marker per place', async () => {
  const { page } = p;
  const banner = await page.locator('#banner').textContent();
  assert.equal(await page.locator('#banner').isVisible(), false, `the engine ran (not the prebuilt fallback): ${banner}`);
  const timings = JSON.parse(await page.evaluate(() => document.documentElement.dataset.engineMs));
  assert.ok(timings.total > 0, 'the engine reported its timings');
  const count = await page.locator('.sm-place').count();
  const places = await page.evaluate(() => window.storymap.model.places.length);
  assert.ok(count >= 10, `expected place markers, found ${count}`);
  assert.equal(count, places);
  assert.ok(p.requests.some((u) => u.endsWith('/data/storymap.smgz')), 'the gazetteer was downloaded');
  const progress = await page.evaluate(() => window.__progress);
  assert.ok(progress.some((t) => /^[\d.]+ MB of [\d.]+ MB$/.test(t)), `the progress bar counted bytes: ${progress.join(' | ')}`);
  assert.equal(await page.locator('#progress').isVisible(), false, 'and went away');
  assert.ok(p.requests.some((u) => u.endsWith('/engine/storymap.wasm')), 'the engine was loaded');
});

test('legs and events are drawn when the engine finds them (and nothing breaks when it does not)', async () => {
  const { page } = p;
  const [legs, events, steps] = await page.evaluate(() => [window.storymap.model.legs.length, window.storymap.model.events.length, window.storymap.model.steps.length]);
  assert.equal(await page.locator('path.storymap-leg').count(), legs);
  assert.equal(await page.locator('.storymap-event').count(), events);
  assert.equal(await page.locator('#steps .sm-step').count(), steps);
  assert.equal(await page.locator('#steps-empty').isVisible(), steps === 0);
});

test('every marker is focusable and named by its place', async () => {
  const markers = await p.page.$$eval('.sm-place', (els) => els.map((e) => ({
    tab: e.getAttribute('tabindex'), label: e.getAttribute('aria-label'), title: e.getAttribute('title'),
  })));
  const names = await p.page.evaluate(() => window.storymap.model.places.map((pl) => pl.name));
  for (const m of markers) {
    assert.equal(m.tab, '0');
    assert.equal(m.label, m.title);
    assert.ok(names.includes(m.label), `${m.label} is a place name`);
  }
});

test('the credits name GeoNames, Natural Earth and Leaflet, and not OpenStreetMap', async () => {
  const text = await p.page.locator('.leaflet-control-attribution').innerText();
  for (const name of ['GeoNames', 'Natural Earth', 'Leaflet']) assert.match(text, new RegExp(name));
  assert.doesNotMatch(text, /OpenStreetMap/);
});

test('clicking Vladivostok opens a popup quoting it, credited to its article', async () => {
  const { page } = p;
  const marker = page.locator('.sm-place[aria-label="Vladivostok"]');
  await marker.click();
  const popup = page.locator('.leaflet-popup');
  await popup.waitFor();
  assert.equal(await popup.locator('.sm-popup-title').innerText(), 'Vladivostok');
  const quote = popup.locator('blockquote').first();
  assert.match(await quote.innerText(), /Vladivostok/);
  assert.match(await quote.locator('mark').first().innerText(), /Vladivostok/);
  const cite = await popup.locator('blockquote cite').first().innerText();
  const articles = await page.evaluate(() => window.storymap.model.articleList);
  assert.ok(articles.some((a) => cite.includes(a.source ? a.source : a.title)), `cite names an article: ${cite}`);
  await page.keyboard.press('Escape');
  await popup.waitFor({ state: 'detached' });
});

test('keyboard: a focused marker opens on Enter and closes on Escape, focus returns', async () => {
  const { page } = p;
  const marker = page.locator('.sm-place[aria-label="Vladivostok"]');
  await marker.focus();
  await page.keyboard.press('Enter');
  const popup = page.locator('.leaflet-popup');
  await popup.waitFor();
  assert.match(await popup.innerText(), /Vladivostok/);
  await page.keyboard.press('Escape');
  await popup.waitFor({ state: 'detached' });
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-label')), 'Vladivostok');
  await page.keyboard.press(' ');
  await popup.waitFor();
  await page.keyboard.press('Escape');
  await popup.waitFor({ state: 'detached' });
});

test('the place list opens a place too', async () => {
  const { page } = p;
  await page.locator('#place-list button', { hasText: 'Khasan' }).click();
  const popup = page.locator('.leaflet-popup');
  await popup.waitFor();
  assert.equal(await popup.locator('.sm-popup-title').innerText(), 'Khasan');
  await page.keyboard.press('Escape');
});

test('no request left the origin and nothing logged an error', async () => {
  const outside = p.requests.filter((u) => !u.startsWith(env.origin) && !u.startsWith('data:') && !u.startsWith('blob:'));
  assert.deepEqual(outside, []);
  assert.deepEqual(p.errors, []);
});
