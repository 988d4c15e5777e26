#!/usr/bin/env node
/*
 * Makes src/main/resources/static/geo/pacific-110m.json, the base map of the supply-chain map, from the Natural
 * Earth 1:110m country boundaries (public domain) as packaged by world-atlas (ISC), converted from TopoJSON with
 * topojson-client (ISC). Run it again only to change the map:
 *
 *   npm pack world-atlas@2.0.2 topojson-client@3.1.0   (then unpack both, here called world-atlas/ and topojson-client/)
 *   node src/main/geo/pacific-map.js world-atlas/package/countries-110m.json topojson-client/package \
 *     > src/main/resources/static/geo/pacific-110m.json
 *
 * The map is centred on the Pacific, where the flows run from China to North America: longitudes west of 25°W are
 * shifted by 360° (so the Americas lie east of Asia), only the polygons inside the window the map shows are kept,
 * and coordinates are rounded to 0.1°, which the 1:110m boundaries do not exceed in precision.
 */
const fs = require('fs');
const path = require('path');
const [topologyFile, clientDir] = process.argv.slice(2);
const topojson = require(path.resolve(clientDir, 'dist/topojson-client.js'));

const WINDOW = { west: 60, east: 335, south: -12, north: 84 };
const SHIFT_WEST_OF = -25;

const topology = JSON.parse(fs.readFileSync(topologyFile, 'utf8'));
const countries = topojson.feature(topology, topology.objects.countries);

const round = value => Math.round(value * 10) / 10;

// A ring that reaches both sides of the antimeridian (eastern Russia, Fiji) has its western points shifted on their
// own, so that it does not stretch across the whole map.
function shiftPolygon(polygon) {
  const longitudes = polygon[0].map(point => point[0]);
  const crosses = Math.max(...longitudes) - Math.min(...longitudes) > 180;
  const middle = (Math.min(...longitudes) + Math.max(...longitudes)) / 2;
  const shift = lon => (crosses ? lon < 0 : middle < SHIFT_WEST_OF) ? 360 : 0;
  return polygon.map(ring => ring.map(([lon, lat]) => [round(lon + shift(lon)), round(lat)]));
}

function inWindow(polygon) {
  const ring = polygon[0];
  const lons = ring.map(point => point[0]);
  const lats = ring.map(point => point[1]);
  return Math.max(...lons) >= WINDOW.west && Math.min(...lons) <= WINDOW.east
    && Math.max(...lats) >= WINDOW.south && Math.min(...lats) <= WINDOW.north;
}

const features = countries.features.map(feature => {
  const polygons = feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates]
    : feature.geometry.type === 'MultiPolygon' ? feature.geometry.coordinates : [];
  const kept = polygons.map(shiftPolygon).filter(inWindow);
  return kept.length === 0 ? null : {
    type: 'Feature',
    properties: { name: feature.properties.name },
    geometry: { type: 'MultiPolygon', coordinates: kept }
  };
}).filter(Boolean);

process.stdout.write(JSON.stringify({
  type: 'FeatureCollection',
  source: 'Natural Earth 1:110m countries (public domain), through world-atlas 2.0.2 (ISC); centred on the Pacific',
  features
}));
