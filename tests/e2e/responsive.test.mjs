// A 360 px phone: the side panel becomes a bottom sheet under the map, nothing scrolls
// sideways, targets are finger-sized, and the sheet opens and closes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startAll, openPage, waitReady } from './helpers/harness.mjs';

let env;
let p;
before(async () => {
  env = await startAll();
  p = await openPage(env, { viewport: { width: 360, height: 740 }, touch: true });
  await p.page.goto(env.url);
  await waitReady(p.page);
});
after(async () => {
  await p?.context.close();
  await env?.close();
});

const box = (sel) => p.page.locator(sel).boundingBox();

test('the panel is a bottom sheet under the map and nothing overflows sideways', async () => {
  const { page } = p;
  const map = await box('#map');
  const side = await box('#side-panel');
  assert.ok(side.y >= map.y + map.height - 20, 'the panel sits below the map');
  assert.equal(Math.round(side.width), 360);
  assert.ok(map.height >= 250, `the map keeps a usable height (${map.height})`);
  const width = await page.evaluate(() => document.scrollingElement.scrollWidth);
  assert.ok(width <= 360, `page is ${width}px wide`);
});

test('the credits stay visible above the sheet', async () => {
  const { page } = p;
  const visible = await page.evaluate(() => {
    const a = document.querySelector('.leaflet-control-attribution');
    const r = a.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return !!hit && a.contains(hit) && /GeoNames/.test(a.textContent) && /Natural Earth/.test(a.textContent);
  });
  assert.ok(visible);
});

test('the sheet opens, and Escape closes it', async () => {
  const { page } = p;
  const closed = (await box('#side-panel')).height;
  await page.click('#sheet-handle');
  await page.waitForFunction(() => document.getElementById('sheet-handle').getAttribute('aria-expanded') === 'true');
  await page.waitForTimeout(300);
  const open = (await box('#side-panel')).height;
  assert.ok(open > closed + 100, `sheet grew from ${closed} to ${open}`);
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => document.getElementById('sheet-handle').getAttribute('aria-expanded') === 'false');
});

test('touch targets are finger-sized', async () => {
  const { page } = p;
  const coarse = await page.evaluate(() => matchMedia('(pointer: coarse)').matches);
  const min = coarse ? 40 : 24;
  for (const sel of ['.sm-place', '#step-next', '#producer-toggle', '#sheet-handle', '#steps .sm-step', '#place-list button']) {
    if (sel === '#steps .sm-step' && (await page.locator(sel).count()) === 0) continue; // a story without events
    const b = await page.locator(sel).first().boundingBox();
    assert.ok(b.width >= min && b.height >= min, `${sel} is ${b.width}x${b.height}, want ${min}+ (coarse pointer: ${coarse})`);
  }
});

test('a tap on a marker opens a popup that fits the screen', async () => {
  const { page } = p;
  // At a phone's zoom some markers overlap; tap one whose centre is its own.
  const label = await page.evaluate(() => {
    for (const m of document.querySelectorAll('.sm-place')) {
      const r = m.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      if (hit && hit.closest('.sm-place') === m && r.top > 60 && r.right < 340) return m.getAttribute('aria-label');
    }
    return null;
  });
  assert.ok(label, 'some marker can be tapped');
  await page.locator(`.sm-place[aria-label="${label}"]`).tap();
  const popup = page.locator('.leaflet-popup');
  await popup.waitFor();
  assert.equal(await popup.locator('.sm-popup-title').textContent(), label);
  await page.waitForTimeout(400); // autopan
  const b = await popup.boundingBox();
  assert.ok(b.x >= 0 && b.x + b.width <= 360, `popup spans ${b.x}..${b.x + b.width}`);
  assert.deepEqual(p.errors, []);
});
