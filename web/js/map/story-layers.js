/* global L */
// Draws a story on the map (places, legs, events), replacing the previous one, and moves the
// map to what the reader chooses: the whole story, a place, a leg or an event.
import { createPlaceLayer } from './place-layer.js';
import { createLegLayer } from './leg-layer.js';
import { createEventLayer } from './event-layer.js';
import { declutterLabels } from './label-declutter.js';
import { popupOptions } from './popup-options.js';

const reducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;

export class StoryLayers {
  constructor(map) {
    this.map = map;
    this.groups = [];
    this.places = new Map();
    this.legs = new Map();
    this.events = new Map();
    this.lastOpener = null; // the marker whose popup the keyboard opened, to return focus to
    this.declutter = declutterLabels(map, () => this.places.values());
    map.on('resize', () => this.resizePopups());
    // A popup opened from the keyboard takes focus (so a screen reader reads it); closing it
    // gives focus back to the marker.
    map.on('popupopen', (e) => {
      if (this.lastOpener?.keyboard && this.lastOpener.layer.getPopup?.() === e.popup) {
        e.popup.getElement()?.querySelector('.sm-popup-title')?.focus({ preventScroll: true });
      }
    });
    map.on('popupclose', (e) => {
      const opener = this.lastOpener;
      if (!opener || opener.layer.getPopup?.() !== e.popup) return;
      this.lastOpener = null;
      const popupEl = e.popup.getElement();
      const focusInside = popupEl && popupEl.contains(document.activeElement);
      if (opener.keyboard || focusInside) opener.layer.getElement?.()?.focus({ preventScroll: true });
    });
  }

  // Popups are sized from the map; the map changes size with the window and the bottom sheet.
  resizePopups() {
    const opts = popupOptions(this.map);
    for (const layers of [this.places, this.legs, this.events]) {
      for (const layer of layers.values()) {
        const popup = layer.getPopup?.();
        if (popup) Object.assign(popup.options, { maxWidth: opts.maxWidth, minWidth: opts.minWidth, maxHeight: opts.maxHeight });
      }
    }
  }

  draw(model) {
    for (const g of this.groups) g.remove();
    this.map.closePopup();
    const onOpen = (layer, { keyboard }) => { this.lastOpener = { layer, keyboard }; };
    const legs = createLegLayer(this.map, model, { onOpen });
    const places = createPlaceLayer(this.map, model, { onOpen });
    const events = createEventLayer(this.map, model, { onOpen });
    this.groups = [legs.group, places.group, events.group];
    for (const g of this.groups) g.addTo(this.map);
    this.places = places.markers;
    this.legs = legs.lines;
    this.events = events.markers;
    this.model = model;
    this.declutter();
  }

  bounds() {
    const pts = this.model?.focus || [];
    return pts.length ? L.latLngBounds(pts) : null;
  }

  fit({ animate = false } = {}) {
    const b = this.bounds();
    if (!b) return;
    const size = this.map.getSize();
    const pad = size.x < 500 ? 28 : 56;
    if (b.getNorthEast().equals(b.getSouthWest())) this.map.setView(b.getCenter(), 7, { animate });
    else this.map.fitBounds(b, { padding: [pad, pad], maxZoom: 8, animate });
    this.declutter();
  }

  // Moves to a layer and opens its popup once there.
  focusLayer(layer, { latlng, bounds, zoom = 6 }) {
    const open = () => {
      if (layer.sm?.kind === 'leg') layer.openPopup(layer.sm.anchor);
      else layer.openPopup();
    };
    this.map.closePopup();
    const animate = !reducedMotion();
    let done = false;
    const token = (this.focusToken = (this.focusToken || 0) + 1); // a newer choice wins
    const finish = () => {
      if (done || token !== this.focusToken) return;
      done = true;
      open();
    };
    this.map.once('moveend', finish);
    setTimeout(finish, animate ? 1600 : 50); // moveend may not come if nothing moves
    if (bounds) {
      const target = this.map.getBoundsZoom(bounds, false, L.point(80, 80));
      const z = Math.min(Math.max(target, 3), 8);
      if (animate) this.map.flyToBounds(bounds, { padding: [80, 80], maxZoom: z, duration: 0.9 });
      else this.map.fitBounds(bounds, { padding: [80, 80], maxZoom: z, animate: false });
    } else {
      const z = Math.max(this.map.getZoom(), zoom);
      if (animate) this.map.flyTo(latlng, z, { duration: 0.9 });
      else this.map.setView(latlng, z, { animate: false });
    }
  }

  showStep(step) {
    if (step.kind === 'event') {
      const m = this.events.get(step.id);
      if (m) this.focusLayer(m, { latlng: m.getLatLng(), zoom: 6 });
    } else if (step.kind === 'leg') {
      const line = this.legs.get(step.id);
      if (line) this.focusLayer(line, { bounds: line.getBounds() });
    }
  }

  showPlace(id) {
    const m = this.places.get(id);
    if (!m) return;
    this.focusLayer(m, { latlng: m.getLatLng(), zoom: m.sm.item.area ? 4 : 7 });
  }
}
