// The story panel, journey legs and events, on a story that has them (the prebuilt story with a
// known set of legs and events, served to the embed view through a test route): legs and
// event markers carry their contract classes, the panel walks the steps in time order with
// buttons, arrow keys and the URL hash, and the keyboard is never trapped.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startAll, openPage, waitReady, readDist } from './helpers/harness.mjs';
import { withLegsAndEvents } from './helpers/fixture-story.mjs';

let env;
let p;
const fixture = JSON.stringify(withLegsAndEvents(JSON.parse(readDist('story.json'))));

before(async () => {
  env = await startAll();
  p = await openPage(env, { routes: { '**/fixture.json': fixture } });
  await p.page.goto(`${env.url}index.html?embed=fixture.json`);
  await waitReady(p.page);
});
after(async () => {
  await p?.context.close();
  await env?.close();
});

const hash = () => p.page.evaluate(() => location.hash);
const popup = () => p.page.locator('.leaflet-popup').last();

test('legs are drawn as storymap-leg paths, the uncertain one dashed, with arrows', async () => {
  const { page } = p;
  assert.equal(await page.locator('path.storymap-leg').count(), 3);
  const uncertain = page.locator('path.storymap-leg.storymap-leg--uncertain');
  assert.equal(await uncertain.count(), 1);
  assert.ok(await uncertain.getAttribute('stroke-dasharray'), 'the uncertain leg is dashed');
  assert.equal(await page.locator('.sm-leg-arrow').count(), 3);
});

test('events are storymap-event markers, focusable and named', async () => {
  const events = await p.page.$$eval('.storymap-event', (els) => els.map((e) => [e.getAttribute('tabindex'), e.getAttribute('aria-label')]));
  assert.equal(events.length, 3);
  for (const [tab, label] of events) {
    assert.equal(tab, '0');
    assert.match(label, /^Summit in /);
  }
});

test('the panel lists the steps in time order', async () => {
  const titles = await p.page.$$eval('#steps .sm-step-title', (els) => els.map((e) => e.textContent));
  assert.deepEqual(titles, [
    'Summit in Singapore',
    'Summit in Hanoi',
    'North Korea → Korea-Russia Friendship Bridge',
    'Korea-Russia Friendship Bridge → Khasan',
    'Khasan → Vladivostok',
    'Summit in Vladivostok',
  ]);
});

test('next and previous walk the events, fly there, open the popup and set the hash', async () => {
  const { page } = p;
  await page.click('#step-next');
  await popup().locator('.sm-popup-title', { hasText: 'Summit in Singapore' }).waitFor();
  assert.equal(await hash(), '#event=event-singapore-summit');
  assert.equal(await page.locator('#step-position').textContent(), '1 of 6');

  await page.click('#step-next');
  await popup().locator('.sm-popup-title', { hasText: 'Summit in Hanoi' }).waitFor();
  assert.equal(await hash(), '#event=event-hanoi-summit');
  const text = await popup().textContent();
  assert.match(text, /Sources disagree on date: March 2019 \(.+\) vs February 2019 \(.+\)/);
  assert.match(text, /Kim Jong Un, Donald Trump/);
  assert.ok(await popup().locator('blockquote cite').count() >= 1, 'evidence is credited');

  await page.click('#step-prev');
  await popup().locator('.sm-popup-title', { hasText: 'Summit in Singapore' }).waitFor();
  assert.equal(await hash(), '#event=event-singapore-summit');
});

test('arrow keys step through the story from the panel', async () => {
  const { page } = p;
  await page.locator('#steps .sm-step[aria-current="step"]').focus();
  await page.keyboard.press('ArrowDown');
  await popup().locator('.sm-popup-title', { hasText: 'Summit in Hanoi' }).waitFor();
  await page.keyboard.press('ArrowDown');
  await popup().locator('.sm-popup-title', { hasText: 'North Korea → Korea-Russia Friendship Bridge' }).waitFor();
  assert.equal(await hash(), '#leg=leg-kim-1');
  assert.match(await popup().textContent(), /Uncertain route/);
  assert.equal(await page.evaluate(() => document.activeElement.dataset.step), 'leg-kim-1', 'focus follows the step');
  await page.keyboard.press('End');
  await popup().locator('.sm-popup-title', { hasText: 'Summit in Vladivostok' }).waitFor();
  await page.keyboard.press('Escape');
  await page.locator('.leaflet-popup').waitFor({ state: 'detached' });
});

test('a deep link opens its event', async () => {
  const other = await openPage(env, { routes: { '**/fixture.json': fixture } });
  try {
    await other.page.goto(`${env.url}index.html?embed=fixture.json#event=event-vladivostok-summit`);
    await waitReady(other.page);
    await other.page.locator('.leaflet-popup .sm-popup-title', { hasText: 'Summit in Vladivostok' }).waitFor();
    assert.equal(await other.page.locator('#step-position').textContent(), '6 of 6');
    assert.deepEqual(other.errors, []);
  } finally {
    await other.context.close();
  }
});

test('changing the hash selects that event', async () => {
  const { page } = p;
  await page.evaluate(() => { location.hash = '#event=event-hanoi-summit'; });
  await popup().locator('.sm-popup-title', { hasText: 'Summit in Hanoi' }).waitFor();
  await page.keyboard.press('Escape');
  await page.locator('.leaflet-popup').waitFor({ state: 'detached' });
});

test('an event marker opens from the keyboard and does not trap focus', async () => {
  const { page } = p;
  await page.locator('.storymap-event[aria-label^="Summit in Vladivostok"]').focus();
  await page.keyboard.press('Enter');
  await popup().waitFor();
  const inPopup = () => page.evaluate(() => !!document.activeElement.closest('.leaflet-popup'));
  assert.ok(await inPopup(), 'the popup takes focus so it is read out');
  let left = false;
  for (let i = 0; i < 12 && !left; i++) {
    await page.keyboard.press('Tab');
    left = !(await inPopup());
  }
  assert.ok(left, 'Tab leaves the popup');
  await page.keyboard.press('Escape');
  await page.locator('.leaflet-popup').waitFor({ state: 'detached' });
});

test('no errors, no requests outside the origin', async () => {
  assert.deepEqual(p.errors, []);
  assert.deepEqual(p.requests.filter((u) => !u.startsWith(env.origin) && !/^(data|blob):/.test(u)), []);
});
