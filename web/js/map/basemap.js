/* global L, topojson */
// The map and its offline basemap: Natural Earth country shapes (world-atlas TopoJSON, served
// with the page) drawn on a canvas, so the page needs no tile server. Web tiles
// (OpenStreetMap) are an opt-in choice in the layers control; until the reader picks them the
// page requests nothing outside its own origin.

const CREDITS = [
  '<a href="https://leafletjs.com" target="_blank" rel="noopener">Leaflet</a>',
  'Shapes: <a href="https://www.naturalearthdata.com" target="_blank" rel="noopener">Natural Earth</a>',
  'Places: <a href="https://www.geonames.org" target="_blank" rel="noopener">GeoNames</a>',
].join(' | ');

// Zoom at which the 1:110m shapes look coarse and the 1:50m ones are worth their download.
const FINE_ZOOM = 3.5;

export function createMap(container) {
  const map = L.map(container, {
    zoomSnap: 0.25,
    zoomDelta: 0.5,
    wheelPxPerZoomLevel: 90,
    minZoom: 1,
    maxZoom: 12,
    // No maxBounds: at world zoom a popup near the top needs the map to pan past the pole.
    worldCopyJump: false,
    attributionControl: false,
    zoomControl: true,
  });
  L.control.attribution({ prefix: CREDITS, position: 'bottomright' }).addTo(map);
  L.control.scale({ imperial: false, position: 'bottomleft', maxWidth: 100 }).addTo(map);
  const pane = map.createPane('basemap');
  pane.style.zIndex = 150; // under vectors and markers
  pane.style.pointerEvents = 'none'; // shapes only: clicks go to the map and its markers
  map.setView([30, 60], 2);
  // Date labels on legs and other small print only show once the map is zoomed in enough.
  const zoomClass = () => map.getContainer().classList.toggle('sm-zoom-low', map.getZoom() < 4);
  map.on('zoomend', zoomClass);
  zoomClass();
  return map;
}

// Natural Earth as a Leaflet layer group: land fill, country borders, coastlines. Resolves
// when the first (coarse) shapes are drawn; swaps in finer shapes once the reader zooms in.
export function addBasemap(map, { coarse, fine }) {
  const renderer = L.canvas({ pane: 'basemap', padding: 0.3 });
  const group = L.layerGroup();
  let detail = null; // 'coarse' | 'fine'
  let fineRequested = false;

  const draw = (topo, level) => {
    const land = unwrapAntimeridian(topojson.feature(topo, topo.objects.land || topo.objects.countries));
    const borders = unwrapAntimeridian(topojson.mesh(topo, topo.objects.countries, (a, b) => a !== b));
    group.clearLayers();
    L.geoJSON(land, {
      renderer, interactive: false,
      style: { stroke: true, color: '#b9b2a3', weight: 0.8, fillColor: '#f4f1ea', fillOpacity: 1 },
    }).addTo(group);
    L.geoJSON(borders, {
      renderer, interactive: false,
      style: { color: '#c7bfae', weight: 0.7, dashArray: null, fill: false },
    }).addTo(group);
    detail = level;
  };

  const fetchTopo = async (url) => {
    const res = await fetch(url);
    if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
    return res.json();
  };

  const maybeRefine = () => {
    if (fineRequested || !fine || map.getZoom() < FINE_ZOOM || !map.hasLayer(group)) return;
    fineRequested = true;
    fetchTopo(fine).then((topo) => draw(topo, 'fine')).catch(() => { fineRequested = false; });
  };
  map.on('zoomend', maybeRefine);

  const ready = fetchTopo(coarse).then((topo) => {
    if (detail !== 'fine') draw(topo, 'coarse');
    maybeRefine();
  });

  group.getAttribution = () => null; // credited in the prefix, whatever layer is on
  return { layer: group, ready, refine: maybeRefine };
}

// Shapes that cross the antimeridian (Fiji, Chukotka, Eurasia's outline) jump from +180 to
// -180 and would be drawn as strokes and bands across the whole world. Each line is unwrapped
// so it runs on continuously past 180°. A ring that does not close once unwrapped goes all the
// way round the globe (Antarctica) and is left as it is.
function unwrapAntimeridian(geojson) {
  const unwrap = (line, ring) => {
    let offset = 0;
    let prev = null;
    let changed = false;
    const out = [];
    for (const p of line) {
      let x = p[0] + offset;
      if (prev !== null && x - prev > 180) { offset -= 360; x -= 360; }
      else if (prev !== null && x - prev < -180) { offset += 360; x += 360; }
      if (offset) changed = true;
      out.push(offset ? [x, p[1]] : p);
      prev = x;
    }
    if (!changed) return line;
    if (ring && Math.abs(out[0][0] - out[out.length - 1][0]) > 1e-6) return line;
    return out;
  };
  const walk = (g) => {
    if (!g) return;
    if (g.type === 'FeatureCollection') g.features.forEach((f) => walk(f.geometry));
    else if (g.type === 'Feature') walk(g.geometry);
    else if (g.type === 'GeometryCollection') g.geometries.forEach(walk);
    else if (g.type === 'LineString') g.coordinates = unwrap(g.coordinates, false);
    else if (g.type === 'MultiLineString') g.coordinates = g.coordinates.map((l) => unwrap(l, false));
    else if (g.type === 'Polygon') g.coordinates = g.coordinates.map((r) => unwrap(r, true));
    else if (g.type === 'MultiPolygon') g.coordinates = g.coordinates.map((poly) => poly.map((r) => unwrap(r, true)));
  };
  walk(geojson);
  return geojson;
}

// Layers control: the offline basemap or OpenStreetMap tiles (online; off by default).
export function addLayerChoice(map, basemapLayer, onChange = () => {}) {
  const osm = L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', {
    maxZoom: 19,
    attribution: '&copy; <a href="https://www.openstreetmap.org/copyright" target="_blank" rel="noopener">OpenStreetMap</a> contributors',
    crossOrigin: false,
    referrerPolicy: 'strict-origin-when-cross-origin',
  });
  basemapLayer.addTo(map);
  const control = L.control.layers({
    'Offline map (Natural Earth)': basemapLayer,
    'Web map (OpenStreetMap, online)': osm,
  }, null, { position: 'topright', collapsed: true }).addTo(map);
  map.on('baselayerchange', (e) => {
    map.getContainer().classList.toggle('sm-tiles-on', e.layer === osm);
    onChange(e.layer === osm);
  });
  return control;
}
