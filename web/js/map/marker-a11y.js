/* global L */
// Makes a marker (or a leg's SVG path) usable without a mouse: it is a focusable button named
// by its place (title and aria-label), and Enter or Space opens its popup. Leaflet only handles Enter (through
// keypress, as a toggle); handling both keys on keydown and cancelling the default keeps one
// behaviour and stops Space from scrolling the page.
export function makeAccessible(marker, label, onActivate) {
  marker.on('add', () => {
    const icon = marker.getElement();
    if (!icon) return;
    icon.setAttribute('tabindex', '0');
    icon.setAttribute('role', 'button');
    icon.setAttribute('aria-label', label);
    if (icon instanceof HTMLElement) icon.setAttribute('title', label);
    icon.setAttribute('aria-haspopup', 'dialog');
    if (!icon.dataset.smKeys) {
      icon.dataset.smKeys = '1';
      L.DomEvent.on(icon, 'keydown', (e) => {
        if (e.key === 'Enter' || e.key === ' ' || e.key === 'Spacebar') {
          L.DomEvent.stop(e);
          onActivate({ keyboard: true });
        }
      });
    }
  });
  return marker;
}
