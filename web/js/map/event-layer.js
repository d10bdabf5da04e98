/* global L */
// Events (summits, meetings, arrivals…): a pin with a star standing on top of the place's
// dot, so the place's own marker stays visible and clickable (its centre is never covered).
// Several events at one place fan out sideways.
import { el } from '../util/dom.js';
import { formatDate } from '../util/format.js';
import { eventPopup, eventTitle } from '../popup/event-popup.js';
import { makeAccessible } from './marker-a11y.js';
import { popupOptions } from './popup-options.js';
import { dotSize } from './place-layer.js';

export function createEventLayer(map, model, { onOpen } = {}) {
  const group = L.featureGroup();
  const markers = new Map();
  const atPlace = new Map();
  for (const ev of model.events) {
    const key = ev.latlng.join(',');
    const k = atPlace.get(key) || 0;
    atPlace.set(key, k + 1);
    const dx = k === 0 ? 0 : (k % 2 ? -1 : 1) * Math.ceil(k / 2) * 26;
    const place = model.placeById.get(ev.place);
    const lift = place ? Math.ceil(dotSize(place) / 2) + 1 : 0; // the tip touches the dot's top
    const label = [eventTitle(ev, model), ev.date ? formatDate(ev.date) : null].filter(Boolean).join(', ');
    const html = el('span', { class: 'sm-event-pin', 'aria-hidden': 'true' }, el('span', { class: 'sm-event-star' }, '★'));
    const marker = L.marker(ev.latlng, {
      icon: L.divIcon({
        className: `storymap-event sm-event sm-event--${String(ev.type).replace(/[^a-z0-9-]/gi, '')}`,
        html,
        iconSize: [28, 36],
        iconAnchor: [14 - dx, 34 + lift],
        popupAnchor: [dx, -32 - lift],
      }),
      title: label,
      keyboard: true,
      riseOnHover: true,
      zIndexOffset: 30000,
    });
    marker.bindPopup(() => eventPopup(ev, model), popupOptions(map));
    makeAccessible(marker, label, ({ keyboard }) => {
      onOpen?.(marker, { keyboard }); // first: the popupopen handler asks who opened it
      marker.openPopup();
    });
    marker.on('click', () => onOpen?.(marker, { keyboard: false }));
    marker.sm = { kind: 'event', id: ev.id, item: ev };
    markers.set(ev.id, marker);
    marker.addTo(group);
  }
  return { group, markers };
}
