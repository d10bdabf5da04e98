// A small RFC 7946 checker for the exported story: a FeatureCollection of Features, each with a
// properties object and a geometry whose positions are [lon, lat] numbers within range.
// Returns a list of problems (empty when valid).
export function checkGeoJSON(doc) {
  const problems = [];
  if (!doc || doc.type !== 'FeatureCollection') problems.push('not a FeatureCollection');
  if (!Array.isArray(doc?.features)) return [...problems, 'features is not an array'];
  const position = (p, where) => {
    if (!Array.isArray(p) || p.length < 2 || !p.every((n) => typeof n === 'number' && Number.isFinite(n))) {
      problems.push(`${where}: position is not an array of numbers`);
    } else if (p[0] < -180 || p[0] > 180 || p[1] < -90 || p[1] > 90) {
      problems.push(`${where}: position ${p} is out of range (lon, lat)`);
    }
  };
  const geometry = (g, where) => {
    if (!g || typeof g !== 'object') return problems.push(`${where}: no geometry`);
    switch (g.type) {
      case 'Point': return position(g.coordinates, where);
      case 'LineString':
        if (!Array.isArray(g.coordinates) || g.coordinates.length < 2) problems.push(`${where}: LineString needs 2+ positions`);
        else g.coordinates.forEach((p, i) => position(p, `${where}[${i}]`));
        return undefined;
      case 'MultiPoint': return g.coordinates.forEach((p, i) => position(p, `${where}[${i}]`));
      case 'Polygon': case 'MultiLineString':
        return g.coordinates.forEach((r, i) => r.forEach((p, j) => position(p, `${where}[${i}][${j}]`)));
      case 'MultiPolygon':
        return g.coordinates.forEach((poly, i) => poly.forEach((r, j) => r.forEach((p, k) => position(p, `${where}[${i}][${j}][${k}]`))));
      case 'GeometryCollection': return g.geometries.forEach((x, i) => geometry(x, `${where}.geometries[${i}]`));
      default: return problems.push(`${where}: unknown geometry type ${g.type}`);
    }
  };
  doc.features.forEach((f, i) => {
    const where = `features[${i}]`;
    if (f?.type !== 'Feature') problems.push(`${where}: type is not Feature`);
    if (typeof f?.properties !== 'object' || Array.isArray(f?.properties)) problems.push(`${where}: properties is not an object`);
    if (f?.id !== undefined && typeof f.id !== 'string' && typeof f.id !== 'number') problems.push(`${where}: id is neither string nor number`);
    geometry(f?.geometry, `${where}.geometry`);
  });
  return problems;
}
