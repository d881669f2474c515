import { describe, expect, it } from 'vitest';
import { decodeGeohashCell } from './geohash';
import { decodePath, decodePolygons } from './line-decoding';
import { decodePolyline } from './polyline';

describe('decodePolyline', () => {
  it("decodes Google's example polyline into its [lat, lng] pairs", () => {
    expect(decodePolyline('_p~iF~ps|U_ulLnnqC_mqNvxq`@')).toEqual([
      [38.5, -120.2],
      [40.7, -120.95],
      [43.252, -126.453],
    ]);
  });

  it('rejects text that is cut short', () => {
    expect(decodePolyline('_p~iF~ps|U_')).toBeNull();
  });
});

describe('decodeGeohashCell', () => {
  it('gives the cell of a geohash', () => {
    const cell = decodeGeohashCell('ezs42');

    expect(cell?.minLat).toBeCloseTo(42.583, 2);
    expect(cell?.maxLat).toBeCloseTo(42.627, 2);
    expect(cell?.minLng).toBeCloseTo(-5.625, 2);
    expect(cell?.maxLng).toBeCloseTo(-5.581, 2);
  });
});

describe('decodePath', () => {
  it('reads a JSON list of [lng, lat] pairs, as text or already parsed', () => {
    expect(decodePath('[[-122.4, 37.7], [-122.3, 37.8]]', 'json', false)).toEqual([
      [-122.4, 37.7],
      [-122.3, 37.8],
    ]);
    expect(
      decodePath(
        [
          [1, 2],
          [3, 4],
        ],
        'json',
        true,
      ),
    ).toEqual([
      [2, 1],
      [4, 3],
    ]);
  });

  it('reads a GeoJSON LineString', () => {
    expect(decodePath('{"type":"LineString","coordinates":[[1,2],[3,4]]}', 'json', false)).toEqual([
      [1, 2],
      [3, 4],
    ]);
  });

  it('takes polyline pairs in order, so [lat, lng] needs "reverse" as in Superset', () => {
    expect(decodePath('_p~iF~ps|U_ulLnnqC', 'polyline', true)).toEqual([
      [-120.2, 38.5],
      [-120.95, 40.7],
    ]);
  });

  it('finds no path in text that is not JSON', () => {
    expect(decodePath('not json', 'json', false)).toBeNull();
    expect(decodePath(null, 'json', false)).toBeNull();
  });
});

describe('decodePolygons', () => {
  const ring = [
    [0, 0],
    [0, 1],
    [1, 1],
    [0, 0],
  ];

  it('reads a ring, polygon coordinates, or GeoJSON (multi)polygons', () => {
    expect(decodePolygons(JSON.stringify(ring), 'json', false)).toEqual([ring]);
    expect(decodePolygons(JSON.stringify([ring]), 'json', false)).toEqual([ring]);
    expect(
      decodePolygons(
        { type: 'Feature', geometry: { type: 'MultiPolygon', coordinates: [[ring], [ring]] } },
        'json',
        false,
      ),
    ).toEqual([ring, ring]);
  });

  it('turns a geohash into its square cell', () => {
    const [square] = decodePolygons('ezs42', 'geohash', false);

    expect(square).toHaveLength(5);
    expect(square?.[0]).toEqual(square?.[4]);
  });

  it('finds no polygon in fewer than three points', () => {
    expect(decodePolygons('[[0,0],[1,1]]', 'json', false)).toEqual([]);
  });
});
