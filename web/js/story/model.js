// Reads the story JSON (contract 3) into what the page draws: places with their role, legs,
// events and the time-ordered steps of the story panel. Defensive: a feature with a missing or
// out-of-range geometry is skipped rather than breaking the map, and kinds the page does not
// know yet are ignored, so the page works whether or not the engine emits legs and events.
import { dateKey } from '../util/format.js';

// Place types drawn small and faded: they are areas, and a dot at their centroid says little.
const AREA_TYPES = new Set(['country', 'region', 'state', 'province', 'admin', 'continent', 'water', 'ocean',
  'sea', 'area', 'island_group', 'peninsula']);

export function isArea(type) {
  return AREA_TYPES.has(String(type || '').toLowerCase());
}

function validLonLat(c) {
  return Array.isArray(c) && c.length >= 2 && Number.isFinite(c[0]) && Number.isFinite(c[1]) &&
    c[0] >= -180 && c[0] <= 180 && c[1] >= -90 && c[1] <= 90;
}

const toLatLng = (c) => [c[1], c[0]];

export function readStory(json) {
  if (!json || typeof json !== 'object') throw new Error('the story is not a JSON object');
  if (json.error) throw new Error(String(json.error));
  if (json.type !== 'FeatureCollection' || !Array.isArray(json.features)) {
    throw new Error('the story is not a GeoJSON FeatureCollection');
  }
  const articleList = Array.isArray(json.story?.articles) ? json.story.articles.filter((a) => a && a.id) : [];
  const articles = new Map(articleList.map((a, i) => [a.id, { ...a, order: i }]));

  const places = [];
  const legs = [];
  const events = [];
  const usedIds = new Set();
  // Ids go into URL hashes and DOM data attributes: keep them unique.
  const uniqueId = (id, fallback) => {
    let base = id !== undefined && id !== null && String(id) ? String(id) : fallback;
    let out = base;
    for (let n = 2; usedIds.has(out); n++) out = `${base}-${n}`;
    usedIds.add(out);
    return out;
  };

  json.features.forEach((f, i) => {
    const p = f && typeof f.properties === 'object' && f.properties ? f.properties : null;
    const g = f && f.geometry;
    if (!p || !g) return;
    if (p.kind === 'place' && g.type === 'Point' && validLonLat(g.coordinates)) {
      const mentions = Array.isArray(p.mentions) ? p.mentions.filter((m) => m && typeof m.sentence === 'string') : [];
      places.push({
        id: uniqueId(f.id, `place-${i}`),
        name: String(p.name ?? 'Unnamed place'),
        type: p.type ? String(p.type) : 'place',
        country: p.country ?? null,
        geonameid: p.geonameid ?? null,
        latlng: toLatLng(g.coordinates),
        mentions,
        // All mentions; the JSON quotes at most a few dozen per article (mention_count counts them all).
        mentionCount: Number.isInteger(p.mention_count) && p.mention_count >= mentions.length ? p.mention_count : mentions.length,
        articleCount: new Set(mentions.map((m) => m.article)).size,
        area: isArea(p.type),
        role: 'mentioned',
        feature: f,
      });
    } else if (p.kind === 'leg' && g.type === 'LineString' && Array.isArray(g.coordinates) &&
      g.coordinates.length >= 2 && g.coordinates.every(validLonLat)) {
      legs.push({
        id: uniqueId(f.id, `leg-${p.trip ?? 'trip'}-${p.seq ?? i}`),
        kind: 'leg',
        latlngs: g.coordinates.map(toLatLng),
        trip: p.trip ?? null,
        traveller: p.traveller ?? null,
        seq: Number.isFinite(p.seq) ? p.seq : i,
        from: p.from ?? null,
        to: p.to ?? null,
        mode: p.mode ?? null,
        date: typeof p.date === 'string' ? p.date : null,
        certain: p.certain !== false,
        evidence: Array.isArray(p.evidence) ? p.evidence.filter(Boolean) : [],
        feature: f,
      });
    } else if (p.kind === 'event' && g.type === 'Point' && validLonLat(g.coordinates)) {
      events.push({
        id: uniqueId(f.id, `event-${i}`),
        kind: 'event',
        latlng: toLatLng(g.coordinates),
        type: p.type ? String(p.type) : 'event',
        place: p.place ?? null,
        date: typeof p.date === 'string' ? p.date : null,
        participants: Array.isArray(p.participants) ? p.participants.map(String) : [],
        planned: p.planned === true,
        evidence: Array.isArray(p.evidence) ? p.evidence.filter(Boolean) : [],
        disagreements: Array.isArray(p.disagreements) ? p.disagreements.filter((d) => d && Array.isArray(d.values)) : [],
        feature: f,
      });
    }
  });

  const placeById = new Map(places.map((pl) => [pl.id, pl]));
  // Roles: a meeting place outranks a journey stop, which outranks a mere mention.
  for (const leg of legs) {
    for (const id of [leg.from, leg.to]) {
      const pl = placeById.get(id);
      if (pl && pl.role === 'mentioned') pl.role = 'stop';
    }
  }
  for (const ev of events) {
    const pl = placeById.get(ev.place);
    if (pl) pl.role = 'meeting';
  }

  return {
    raw: json,
    articles,
    articleList: [...articles.values()],
    places,
    placeById,
    legs,
    events,
    steps: orderSteps(legs, events),
    focus: focusPoints(places, legs, events),
  };
}

// The story panel's order: by date; an undated leg takes the date of its trip's neighbours so a
// journey stays in one piece; on the same day the travel comes before what happens on arrival.
function orderSteps(legs, events) {
  const byTrip = new Map();
  for (const leg of legs) {
    const key = String(leg.trip ?? '');
    if (!byTrip.has(key)) byTrip.set(key, []);
    byTrip.get(key).push(leg);
  }
  const legDate = new Map();
  for (const trip of byTrip.values()) {
    trip.sort((a, b) => a.seq - b.seq);
    trip.forEach((leg, i) => {
      let d = leg.date;
      for (let j = i + 1; !d && j < trip.length; j++) d = trip[j].date;
      for (let j = i - 1; !d && j >= 0; j--) d = trip[j].date;
      legDate.set(leg, dateKey(d));
    });
  }
  // A leg leaving the place of an event on the same date (the trip home after a summit) comes
  // after that event; other legs come before what happens on arrival.
  const eventAt = new Set(events.map((ev) => `${dateKey(ev.date)}\u0000${ev.place}`));
  const legRank = (leg) => (eventAt.has(`${legDate.get(leg)}\u0000${leg.from}`) ? 2 : 0);
  const steps = [
    ...legs.map((leg) => ({ kind: 'leg', id: leg.id, item: leg, key: legDate.get(leg), rank: legRank(leg) })),
    ...events.map((ev) => ({ kind: 'event', id: ev.id, item: ev, key: dateKey(ev.date), rank: 1 })),
  ];
  steps.sort((a, b) => {
    const c = a.key.localeCompare(b.key);
    if (c) return c;
    if (a.rank !== b.rank) return a.rank - b.rank;
    if (a.kind === 'leg' && b.kind === 'leg') {
      const t = String(a.item.trip ?? '').localeCompare(String(b.item.trip ?? ''));
      return t || a.item.seq - b.item.seq;
    }
    return 0;
  });
  return steps;
}

// What "the story's bounds" means on load: the points where things happen (towns, cities,
// landmarks, legs, events). Countries and oceans would stretch the view to the whole world.
function focusPoints(places, legs, events) {
  const pts = [];
  for (const pl of places) if (!pl.area) pts.push(pl.latlng);
  for (const leg of legs) pts.push(...leg.latlngs);
  for (const ev of events) pts.push(ev.latlng);
  if (pts.length === 0) for (const pl of places) pts.push(pl.latlng);
  return pts;
}

// A place's or leg endpoint's display name.
export function placeName(model, id, fallback = 'an unnamed place') {
  if (id === null || id === undefined) return fallback;
  return model.placeById.get(id)?.name ?? String(id);
}
