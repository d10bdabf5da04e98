// Producer mode: pasted and dropped articles rebuild the map in the worker; hostile text stays
// text; the engine's errors are shown; exports and the embed code are usable.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { startAll, openPage, waitReady } from './helpers/harness.mjs';
import { check as validateGeoJSON } from '@placemarkio/check-geojson';
import { checkGeoJSON } from './helpers/geojson-check.mjs';

let env;
let p;
before(async () => {
  env = await startAll();
  p = await openPage(env);
  await p.page.goto(env.url);
  await waitReady(p.page);
  await p.page.click('#producer-toggle');
});
after(async () => {
  await p?.context.close();
  await env?.close();
});

const articleCount = () => p.page.locator('#producer-articles li').count();

async function paste(text) {
  await p.page.fill('#paste-text', text);
  await p.page.click('#paste-form button[type=submit]');
}

test('a pasted article about a trip from Lisbon to Porto adds its places', async () => {
  const { page } = p;
  const before = await articleCount();
  await paste('Title: Minister tours the north\nSource: Example News\nDate: 2024-05-02\n\n' +
    'The minister travelled by train from Lisbon to Porto on Monday. In Porto she met the mayor.\n');
  await page.locator('.sm-place[aria-label="Porto"]').waitFor({ timeout: 20000 });
  await page.locator('.sm-place[aria-label="Lisbon"]').waitFor();
  assert.equal(await articleCount(), before + 1);
  assert.match(await page.locator('#producer-status').innerText(), /Map rebuilt/);
  // The sample story is still there too.
  assert.equal(await page.locator('.sm-place[aria-label="Vladivostok"]').count(), 1);
  // The story now spans Portugal and Korea, so Porto and Lisbon overlap at this zoom: open
  // Porto the keyboard way.
  await page.locator('.sm-place[aria-label="Porto"]').focus();
  await page.keyboard.press('Enter');
  const popup = page.locator('.leaflet-popup');
  await popup.waitFor();
  assert.match(await popup.locator('blockquote').first().innerText(), /Porto/);
  assert.match(await popup.locator('cite').first().textContent(), /Example News/);
  await page.keyboard.press('Escape');
  await popup.waitFor({ state: 'detached' });
});

test('hostile article text is shown as text and never runs', async () => {
  const { page } = p;
  const hostile = 'Title: <script>window.__pwned=1</script>Mayor visits Coimbra\n' +
    'Source: <img src=x onerror="window.__pwned=1">Gazette\n\n' +
    'The mayor drove from Braga to Coimbra <img src=x onerror="window.__pwned=1"> on Tuesday. ' +
    '<script>window.__pwned=1</script> In Coimbra he opened a <b>bridge</b>.\n';
  await paste(hostile);
  const marker = page.locator('.sm-place[aria-label="Coimbra"]');
  await marker.waitFor({ timeout: 20000 });
  await marker.focus();
  await page.keyboard.press('Enter');
  const popup = page.locator('.leaflet-popup');
  await popup.waitFor();
  const text = await popup.innerText();
  assert.match(text, /<img src=x onerror="window.__pwned=1">/);
  assert.match(text, /<script>window.__pwned=1<\/script>/);
  assert.equal(await popup.locator('img, script, b').count(), 0, 'no element came from the article');
  await page.keyboard.press('Escape');
  await popup.waitFor({ state: 'detached' });

  // The same markup in an HTML file: reduced to text by DOMParser, its scripts never run.
  await page.setInputFiles('#file-input', {
    name: 'hostile.html',
    mimeType: 'text/html',
    buffer: Buffer.from('<!doctype html><html><head><title>x</title><script>window.__pwned=1</script></head>' +
      '<body><h1>Ferry reaches Faro</h1><article><p>The ferry sailed from Lagos to Faro on Sunday.' +
      '<img src=x onerror="window.__pwned=1"></p><script>window.__pwned=1</script></article></body></html>'),
  });
  await page.locator('.sm-place[aria-label="Faro"]').waitFor({ timeout: 20000 });
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.evaluate(() => typeof window.__pwned), 'undefined');
  assert.ok(!p.requests.some((u) => u === `${env.origin}/x`), 'the hostile <img> was never requested');
});

test('a file dropped on the drop zone is added', async () => {
  const { page } = p;
  const before = await articleCount();
  await page.evaluate(() => {
    const dt = new DataTransfer();
    dt.items.add(new File(['Title: Ferry news\n\nThe ferry sailed from Split to Dubrovnik on Friday.\n'], 'ferry.txt', { type: 'text/plain' }));
    const zone = document.getElementById('dropzone');
    zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  });
  await page.locator('.sm-place[aria-label="Dubrovnik"]').waitFor({ timeout: 20000 });
  assert.equal(await articleCount(), before + 1);
  assert.match(await page.locator('#producer-articles').textContent(), /ferry\.txt/);
});

test('an empty file and a binary file are refused with the engine\'s message', async () => {
  const { page } = p;
  const before = await articleCount();
  await page.setInputFiles('#file-input', { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) });
  const error = page.locator('#producer-error');
  await error.waitFor({ state: 'visible', timeout: 20000 });
  assert.match(await error.innerText(), /empty\.txt.*empty/i);
  assert.equal(await articleCount(), before);

  const binary = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
  await page.setInputFiles('#file-input', { name: 'photo.txt', mimeType: 'text/plain', buffer: binary });
  await page.waitForFunction(() => /photo\.txt/.test(document.getElementById('producer-error').textContent));
  assert.match(await error.innerText(), /binary/i);
  assert.equal(await articleCount(), before);
  // The map is still there.
  assert.equal(await page.evaluate(() => document.documentElement.dataset.storymap), 'ready');
  assert.ok(await page.locator('.sm-place[aria-label="Porto"]').count());
});

test('the GeoJSON export is valid GeoJSON holding the story', async () => {
  const { page } = p;
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-geojson')]);
  assert.equal(download.suggestedFilename(), 'story.geojson');
  const text = fs.readFileSync(await download.path(), 'utf8');
  assert.doesNotThrow(() => validateGeoJSON(text), 'RFC 7946 validator from npm');
  const doc = JSON.parse(text);
  assert.deepEqual(checkGeoJSON(doc), []);
  assert.ok(doc.features.some((f) => f.properties.name === 'Porto'));
  assert.ok(Array.isArray(doc.story.articles));
});

test('the StoryMapJS export has an overview slide and located slides', async () => {
  const { page } = p;
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-storymapjs')]);
  const doc = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
  const slides = doc.storymap.slides;
  assert.equal(slides[0].type, 'overview');
  assert.ok(slides.length > 1);
  for (const s of slides.slice(1)) {
    assert.ok(Number.isFinite(s.location.lat) && Number.isFinite(s.location.lon));
    assert.equal(typeof s.text.headline, 'string');
    assert.equal(typeof s.text.text, 'string');
    assert.doesNotMatch(s.text.text, /<script|<img/, 'article text is escaped in slide HTML');
  }
});

test('the embed code is a responsive iframe pointing at the embed view', async () => {
  const code = await p.page.inputValue('#embed-code');
  assert.match(code, /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/index\.html\?embed=story\.geojson"/);
  assert.match(code, /width:100%/);
  assert.match(code, /aspect-ratio/);
});

test('nothing logged an error and nothing left the origin', async () => {
  assert.deepEqual(p.errors, []);
  assert.deepEqual(p.requests.filter((u) => !u.startsWith(env.origin) && !/^(data|blob):/.test(u)), []);
});
