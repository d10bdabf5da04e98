// Boots the page. Two modes:
//  - the reader's page (default): the engine runs in a Web Worker over the sample articles
//    (and, in producer mode, the producer's own), and the story it builds is drawn;
//  - the embed view (?embed=story.json): a prebuilt story JSON is drawn as it is, without the
//    gazetteer or the engine, for news pages that embed the map in an iframe.
// `document.documentElement.dataset.storymap` becomes "ready" once the map is drawn.
import { createMap, addBasemap, addLayerChoice } from './map/basemap.js';
import { StoryLayers } from './map/story-layers.js';
import { readStory } from './story/model.js';
import { StoryPanel } from './story/story-panel.js';
import { renderPlaceIndex } from './story/place-index.js';
import { renderSources } from './story/source-list.js';
import { readHash } from './story/deep-link.js';
import { EngineClient } from './engine/engine-client.js';
import { ProducerPanel } from './producer/producer-panel.js';
import { Progress } from './ui/progress.js';
import { showNotice, showBanner } from './ui/notice.js';
import { setupSheet } from './ui/sheet.js';
import { formatDate, plural } from './util/format.js';

const root = document.documentElement;
const $ = (id) => document.getElementById(id);
const params = new URLSearchParams(location.search);
const embedMode = params.has('embed');
root.dataset.storymap = 'loading';
root.classList.toggle('sm-embed', embedMode);
root.classList.toggle('sm-touch', !!window.matchMedia?.('(pointer: coarse)').matches);

const map = createMap($('map'));
const basemap = addBasemap(map, { coarse: 'vendor/world-atlas/countries-110m.json', fine: 'vendor/world-atlas/countries-50m.json' });
addLayerChoice(map, basemap.layer);
const layers = new StoryLayers(map);
const progress = new Progress($('progress'));
const sheet = setupSheet($('side-panel'), $('sheet-handle'), map);
let model = null;

const panel = new StoryPanel({
  section: $('timeline'), list: $('steps'), prev: $('step-prev'), next: $('step-next'),
  position: $('step-position'), empty: $('steps-empty'),
}, { onSelect: (step) => layers.showStep(step) });

function summary(m) {
  const dates = [...new Set(m.articleList.map((a) => a.date).filter(Boolean))].sort();
  const when = dates.length === 0 ? null : dates.length === 1 ? formatDate(dates[0])
    : `${formatDate(dates[0])} – ${formatDate(dates[dates.length - 1])}`;
  return [plural(m.articleList.length, 'article'), plural(m.places.length, 'place'),
    m.steps.length ? plural(m.steps.length, 'step') : null, when].filter(Boolean).join(' · ');
}

// Draws a story JSON (object) and fills the panel. Throws on a story the page cannot read.
function show(json, { fit = true } = {}) {
  const next = readStory(json);
  model = next;
  layers.draw(next);
  panel.render(next);
  renderPlaceIndex($('place-list'), next, (id) => layers.showPlace(id));
  renderSources($('source-list'), next);
  $('story-summary').textContent = summary(next);
  if (fit) layers.fit();
  return next;
}

async function fetchJSON(url) {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return res.json();
}

// The embed parameter may only name a file of this site: the page never fetches elsewhere.
function sameOriginUrl(value) {
  const url = new URL(value || 'story.json', document.baseURI);
  if (url.origin !== location.origin) throw new Error('the embed parameter must name a story file on this site');
  return url.href;
}

async function loadArticles(manifest) {
  const index = await fetchJSON(manifest.articles);
  return Promise.all(index.articles.map(async (a) => {
    const res = await fetch(a.url);
    if (!res.ok) throw new Error(`${a.url}: HTTP ${res.status}`);
    return { file: a.file, bytes: new Uint8Array(await res.arrayBuffer()), label: a.url.replace(/^.*\//, '') };
  }));
}

function fail(title, err) {
  progress.done();
  root.dataset.storymap = 'error';
  showNotice($('notice'), title, err?.message || String(err));
}

function whenDrawn(selectFromHash = true) {
  return basemap.ready.catch(() => {}).then(() => {
    // A deep link opens its step; otherwise the whole story is in view.
    if (!(selectFromHash && readHash() && panel.followHash())) layers.fit();
    root.dataset.storymap = 'ready';
    root.dataset.readyMs = String(Math.round(performance.now())); // navigation start → drawn
    window.dispatchEvent(new CustomEvent('storymap:ready'));
  });
}

async function startEmbed() {
  progress.stage('story');
  const json = await fetchJSON(sameOriginUrl(params.get('embed')));
  show(json, { fit: false });
  progress.done();
  // "Open full map": the same story on a page of its own (an iframe may be small).
  $('open-full').href = location.href;
  await whenDrawn();
}

let engineReady = null; // Promise<EngineClient> once the gazetteer is loaded

// Builds a story in the worker and draws it; used by producer mode.
async function rebuild(list, date) {
  const t = performance.now();
  let out;
  try {
    const engine = await engineReady;
    if (!engine) return { error: 'The engine is still starting; try again in a moment.' };
    out = await engine.build(list, date);
  } catch (e) {
    return { error: e.message };
  }
  let parsed;
  try {
    parsed = JSON.parse(out.story);
  } catch {
    return { error: 'The engine returned something that is not JSON.' };
  }
  if (parsed.error) return { error: parsed.error };
  const m = show(parsed);
  root.dataset.storymap = 'ready';
  return { ms: Math.round(performance.now() - t), places: m.places.length, steps: m.steps.length };
}

const producer = embedMode ? null : new ProducerPanel($('producer'), { getModel: () => model, rebuild });

async function startReader() {
  progress.stage('start');
  const manifest = await fetchJSON('site.json');
  const engine = new EngineClient();
  const articlesPromise = loadArticles(manifest);
  articlesPromise.catch(() => {});
  const t0 = performance.now();
  const initPromise = engine.init(manifest, (p) => progress.stage(p.stage, p.loaded, p.total));
  engineReady = initPromise.then(() => engine);
  engineReady.catch(() => {});
  const init = await initPromise;
  progress.stage('articles');
  const articles = await articlesPromise;
  producer.setArticles(articles);
  progress.stage('build');
  const built = await engine.build(articles);
  const json = JSON.parse(built.story);
  if (json.error) throw new Error(json.error);
  show(json, { fit: false });
  progress.done();
  root.dataset.engineMs = JSON.stringify({ ...init.timings, build: built.ms, total: Math.round(performance.now() - t0) });
  await whenDrawn();
}

// Producer mode toggle: swaps the side panel between the story and the producer's tools.
function setProducer(open) {
  const button = $('producer-toggle');
  button.setAttribute('aria-expanded', String(open));
  button.setAttribute('aria-pressed', String(open));
  $('producer').hidden = !open;
  $('story-view').hidden = open;
  root.classList.toggle('sm-producing', open);
  if (open) $('producer-heading').focus();
  map.invalidateSize({ pan: false });
}
$('producer-toggle').addEventListener('click', () => setProducer($('producer').hidden));
$('producer-close').addEventListener('click', () => {
  setProducer(false);
  $('producer-toggle').focus();
});

// Escape closes the innermost thing open: a popup, then the producer panel, then the sheet.
document.addEventListener('keydown', (e) => {
  if (e.key !== 'Escape' || e.defaultPrevented) return;
  if (map._popup && map.hasLayer(map._popup)) {
    map.closePopup();
  } else if (!$('producer').hidden && !/^(INPUT|TEXTAREA|SELECT)$/.test(e.target?.tagName || '')) {
    setProducer(false);
    $('producer-toggle').focus();
  } else if (sheet.isOpen()) {
    sheet.close();
  } else {
    return;
  }
  e.preventDefault();
});

// When the engine cannot run here (no WebAssembly, a failed download…), the reader still gets
// the story prebuilt with the page, with a word about what is missing.
async function fallBackToPrebuilt(err) {
  progress.stage('story');
  const json = await fetchJSON('story.json');
  show(json, { fit: false });
  progress.done();
  showBanner($('banner'), `The in-browser engine could not start (${err.message}). Showing the story prebuilt with the page; producer mode is unavailable.`);
  engineReady = Promise.reject(new Error(`the engine could not start: ${err.message}`));
  engineReady.catch(() => {});
  await whenDrawn();
}

if (embedMode) {
  startEmbed().catch((err) => fail('The story could not be loaded', err));
} else {
  startReader().catch((err) => fallBackToPrebuilt(err).catch(() => fail('The map could not be built', err)));
}

if (!embedMode && params.has('producer')) setProducer(true);
// For debugging and tests: the Leaflet map, the drawn layers and the story model.
window.storymap = { map, layers, get model() { return model; } };
