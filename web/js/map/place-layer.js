/* global L */
// One marker per place. Size follows the number of mentions; colour follows the place's role
// in the story (meeting place, journey stop, mentioned only). Countries, regions and seas are
// small faded rings with an upper-case label, so the towns where things happen stand out;
// they are still markers with excerpts. Smaller markers sit above larger ones so every one can
// be clicked.
import { el } from '../util/dom.js';
import { placePopup } from '../popup/place-popup.js';
import { makeAccessible } from './marker-a11y.js';
import { popupOptions } from './popup-options.js';

const coarsePointer = () => window.matchMedia?.('(pointer: coarse)').matches;

export function dotSize(place) {
  const n = Math.max(1, place.mentionCount);
  return place.area
    ? Math.round(Math.min(18, 9 + 1.5 * Math.sqrt(n)))
    : Math.round(Math.min(34, 10 + 4.2 * Math.sqrt(n)));
}

export function createPlaceLayer(map, model, { onOpen } = {}) {
  const group = L.featureGroup();
  const markers = new Map();
  const minHit = coarsePointer() ? 40 : 24;

  for (const place of model.places) {
    const d = dotSize(place);
    const hit = Math.max(d + 4, minHit);
    const html = el('span', { class: 'sm-place-body', style: { '--d': `${d}px` } },
      el('span', { class: 'sm-place-dot', 'aria-hidden': 'true' }),
      el('span', { class: 'sm-place-label', 'aria-hidden': 'true' }, place.name));
    const icon = L.divIcon({
      className: ['sm-place', `sm-place--${place.role}`, place.area ? 'sm-place--area' : 'sm-place--point'].join(' '),
      html,
      iconSize: [hit, hit],
      iconAnchor: [hit / 2, hit / 2],
      popupAnchor: [0, -d / 2],
    });
    const marker = L.marker(place.latlng, {
      icon,
      title: place.name,
      alt: place.name,
      keyboard: true,
      riseOnHover: true,
      // Leaflet adds the pixel y; these offsets dwarf it. In a crowd the place that matters
      // most is on top and takes the click (its label is the one shown too): meeting places,
      // then journey stops, then by mentions; countries and seas at the bottom. The others
      // stay reachable by zooming in, by Tab, or from the Places list.
      zIndexOffset: place.area ? -20000 : labelPriority(place) * 10,
    });
    marker.bindPopup(() => placePopup(place, model), popupOptions(map));
    makeAccessible(marker, place.name, ({ keyboard }) => {
      onOpen?.(marker, { keyboard }); // first: the popupopen handler asks who opened it
      marker.openPopup();
    });
    marker.on('click', () => onOpen?.(marker, { keyboard: false }));
    marker.sm = { kind: 'place', id: place.id, item: place, priority: labelPriority(place) };
    markers.set(place.id, marker);
    marker.addTo(group);
  }
  return { group, markers };
}

// Which labels win when two collide: meeting places, then stops, then the most mentioned
// towns, and areas last.
function labelPriority(place) {
  const role = { meeting: 3, stop: 2, mentioned: 1 }[place.role] || 0;
  return (place.area ? 0 : 1000) + role * 100 + Math.min(99, place.mentionCount);
}
