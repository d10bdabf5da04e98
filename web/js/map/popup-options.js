// Shared Leaflet popup options: sized for reading on a desktop and on a 360 px phone, from
// the map's current size (story-layers.js refreshes them when the map is resized).
export function popupOptions(map, extra = {}) {
  const size = map.getSize();
  return {
    maxWidth: Math.max(200, Math.min(380, size.x - 72)), // content width; the frame adds 32 px
    minWidth: Math.min(320, size.x - 72),
    // Room for the heading, the tip, the marker and the autopan margins as well.
    maxHeight: Math.max(140, Math.min(400, size.y - 190)),
    autoPanPaddingTopLeft: [16, 64], // clear of the layers control
    autoPanPaddingBottomRight: [16, 16],
    className: 'sm-leaflet-popup',
    closeButton: true,
    ...extra,
  };
}
