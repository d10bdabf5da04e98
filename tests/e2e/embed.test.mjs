// The embed view draws the prebuilt story without the gazetteer or the engine, and only ever
// fetches story files from its own site.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startAll, openPage, waitReady, readDist } from './helpers/harness.mjs';

let env;
before(async () => { env = await startAll(); });
after(async () => { await env?.close(); });

test('the embed view shows the prebuilt story without the gazetteer or the engine', async () => {
  const { page, context, errors, requests } = await openPage(env);
  try {
    await page.goto(`${env.url}index.html?embed=story.json`);
    await waitReady(page);
    const story = JSON.parse(readDist('story.json'));
    const places = story.features.filter((f) => f.properties.kind === 'place').length;
    assert.equal(await page.locator('.sm-place').count(), places);
    assert.equal(await page.locator('path.storymap-leg').count(), story.features.filter((f) => f.properties.kind === 'leg').length);
    assert.equal(await page.locator('.storymap-event').count(), story.features.filter((f) => f.properties.kind === 'event').length);
    assert.deepEqual(requests.filter((u) => /storymap\.smgz|\.wasm|engine\/storymap\.js|storymap-worker/.test(u)), []);
    assert.deepEqual(requests.filter((u) => !u.startsWith(env.origin) && !/^(data|blob):/.test(u)), []);
    assert.equal(await page.locator('#producer-toggle').isVisible(), false, 'no producer tools in an embed');
    assert.equal(await page.locator('#open-full').isVisible(), true);
    // Popups work the same.
    await page.locator('.sm-place[aria-label="Vladivostok"]').click();
    await page.locator('.leaflet-popup blockquote').first().waitFor();
    assert.match(await page.locator('.leaflet-popup blockquote').first().textContent(), /Vladivostok/);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('an embed parameter naming another site is refused without fetching it', async () => {
  const { page, context, requests } = await openPage(env);
  try {
    await page.goto(`${env.url}index.html?embed=${encodeURIComponent('https://example.com/story.json')}`);
    await page.waitForFunction(() => document.documentElement.dataset.storymap === 'error');
    assert.match(await page.locator('#notice').textContent(), /must name a story file on this site/);
    assert.deepEqual(requests.filter((u) => new URL(u).hostname === 'example.com'), []);
  } finally {
    await context.close();
  }
});

test('a missing story file is reported in the page', async () => {
  const { page, context } = await openPage(env);
  try {
    await page.goto(`${env.url}index.html?embed=nope.json`);
    await page.waitForFunction(() => document.documentElement.dataset.storymap === 'error');
    assert.match(await page.locator('#notice').textContent(), /nope\.json: HTTP 404/);
  } finally {
    await context.close();
  }
});

test('web tiles are off until the reader turns them on, and then credit OpenStreetMap', async () => {
  const { page, context, requests, errors } = await openPage(env);
  // Tiles are answered locally: the test must not depend on the internet.
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');
  await page.route('https://tile.openstreetmap.org/**', (route) => route.fulfill({ status: 200, contentType: 'image/png', body: png }));
  try {
    await page.goto(`${env.url}index.html?embed=story.json`);
    await waitReady(page);
    assert.equal(requests.filter((u) => u.includes('openstreetmap')).length, 0);
    await page.locator('.leaflet-control-layers').hover();
    await page.getByLabel(/OpenStreetMap/).check();
    await page.waitForFunction(() => /OpenStreetMap/.test(document.querySelector('.leaflet-control-attribution').textContent));
    await page.waitForFunction(() => document.querySelectorAll('.leaflet-tile-loaded').length > 0);
    assert.ok(requests.some((u) => u.startsWith('https://tile.openstreetmap.org/')));
    await page.getByLabel(/Natural Earth/).check();
    await page.waitForFunction(() => !/OpenStreetMap/.test(document.querySelector('.leaflet-control-attribution').textContent));
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
