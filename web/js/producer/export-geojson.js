// The story as a GeoJSON file: it already is an RFC 7946 FeatureCollection (the `story`
// member is a foreign member other tools ignore), so it is written as the engine made it.
export function storyToGeoJSON(story) {
  return JSON.stringify(story, null, 2) + '\n';
}
