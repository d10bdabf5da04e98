/* global L */
// Journey legs: the path as the engine drew it (along corridors where it knows them), on a
// white casing so it reads over any basemap, dashed where the text leaves the leg uncertain,
// with an arrow at mid-length pointing the way and a date label beside it.
import { el } from '../util/dom.js';
import { formatDate } from '../util/format.js';
import { legPopup, legTitle, legSubtitle } from '../popup/leg-popup.js';
import { popupOptions } from './popup-options.js';
import { makeAccessible } from './marker-a11y.js';

// Mid-length point of a path and the direction of travel there, measured in Web Mercator
// pixels (conformal, so the angle holds at every zoom and needs no update).
export function midpointAndAngle(map, latlngs) {
  const pts = latlngs.map((ll) => map.project(ll, 0));
  const lengths = [];
  let total = 0;
  for (let i = 1; i < pts.length; i++) {
    const d = pts[i].distanceTo(pts[i - 1]);
    lengths.push(d);
    total += d;
  }
  let target = total / 2;
  for (let i = 1; i < pts.length; i++) {
    const d = lengths[i - 1];
    if (target <= d || i === pts.length - 1) {
      const t = d ? Math.min(1, target / d) : 0;
      const a = pts[i - 1];
      const b = pts[i];
      const p = L.point(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t);
      return { latlng: map.unproject(p, 0), angle: (Math.atan2(b.y - a.y, b.x - a.x) * 180) / Math.PI };
    }
    target -= d;
  }
  return { latlng: L.latLng(latlngs[0]), angle: 0 };
}

export function createLegLayer(map, model, { onOpen } = {}) {
  const group = L.featureGroup();
  const lines = new Map();
  for (const leg of model.legs) {
    const uncertain = !leg.certain;
    L.polyline(leg.latlngs, {
      className: 'sm-leg-casing', color: '#ffffff', weight: 7, opacity: 0.85, interactive: false, lineCap: 'round',
    }).addTo(group);
    const line = L.polyline(leg.latlngs, {
      className: `storymap-leg sm-leg${uncertain ? ' storymap-leg--uncertain' : ''} sm-mode-${leg.mode || 'unknown'}`,
      color: '#c0392b',
      weight: 3.5,
      opacity: 0.95,
      dashArray: uncertain ? '2 8' : null,
      lineCap: 'round',
      lineJoin: 'round',
    });
    // An element, not a string: Leaflet would parse a string as HTML.
    line.bindTooltip(el('span', null, `${legSubtitle(leg)}: ${legTitle(leg, model)}${uncertain ? ' (uncertain)' : ''}`), {
      sticky: true, direction: 'top', className: 'sm-tooltip',
    });
    const mid = midpointAndAngle(map, leg.latlngs);
    line.bindPopup(() => legPopup(leg, model), popupOptions(map));
    line.on('click', () => onOpen?.(line, { keyboard: false }));
    // Chromium puts interactive SVG paths in the tab order: give them a name and the keys.
    makeAccessible(line, `${legSubtitle(leg)}: ${legTitle(leg, model)}${uncertain ? ' (uncertain)' : ''}`, ({ keyboard }) => {
      onOpen?.(line, { keyboard });
      line.openPopup(mid.latlng);
    });
    line.sm = { kind: 'leg', id: leg.id, item: leg, anchor: mid.latlng };
    line.addTo(group);

    const arrow = el('span', { class: 'sm-leg-arrow-body' },
      el('span', { class: 'sm-leg-arrowhead', style: { transform: `rotate(${mid.angle.toFixed(1)}deg)` } }),
      leg.date ? el('span', { class: 'sm-leg-date' }, formatDate(leg.date, { short: true })) : null);
    L.marker(mid.latlng, {
      icon: L.divIcon({ className: 'sm-leg-arrow', html: arrow, iconSize: [18, 18], iconAnchor: [9, 9] }),
      interactive: false,
      keyboard: false,
      zIndexOffset: -5000,
    }).addTo(group);
    lines.set(leg.id, line);
  }
  return { group, lines };
}
