// Shared set-up for the end-to-end tests: the site's own static server on a free port and
// Debian's Chromium driven by playwright-core (never a downloaded browser). Each page records
// its console errors, uncaught exceptions and every request URL, so tests can assert that
// nothing failed and nothing left the origin.
import path from 'node:path';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../../../web/server.mjs';

export const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const dist = path.join(repo, 'dist');

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export async function startAll() {
  if (!fs.existsSync(path.join(dist, 'index.html'))) {
    throw new Error('dist/ is not built: run bash scripts/build.sh first');
  }
  const { server, url } = await startServer({ root: dist, port: 0 });
  // chromium.launch gives every run a fresh temporary profile directory.
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ARGS });
  return {
    url,
    origin: new URL(url).origin,
    browser,
    async close() {
      await browser.close();
      await new Promise((r) => server.close(r));
    },
  };
}

// A new context and page; `routes` maps URL globs to files or bodies to serve instead.
// `init` is a function run in the page before its own scripts.
export async function openPage(env, { viewport = { width: 1280, height: 800 }, touch = false, routes = {}, init = null } = {}) {
  const context = await env.browser.newContext({ viewport, hasTouch: touch, isMobile: touch, acceptDownloads: true });
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  const errors = [];
  const requests = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  context.on('request', (r) => requests.push(r.url())); // includes the worker's requests
  for (const [glob, body] of Object.entries(routes)) {
    await page.route(glob, (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
  }
  return { page, context, errors, requests };
}

export async function waitReady(page, timeout = 60000) {
  await page.waitForFunction(() => ['ready', 'error'].includes(document.documentElement.dataset.storymap), null, { timeout });
  const state = await page.evaluate(() => document.documentElement.dataset.storymap);
  if (state !== 'ready') {
    const notice = await page.locator('#notice').innerText().catch(() => '');
    throw new Error(`page did not become ready: ${state} ${notice}`);
  }
}

export function readDist(rel) {
  return fs.readFileSync(path.join(dist, rel), 'utf8');
}
