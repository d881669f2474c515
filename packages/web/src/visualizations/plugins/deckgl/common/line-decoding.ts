import { cellText, toNumberOrNull } from '../../../core/query/results';
import { decodeGeohash, geohashRing } from './geohash';
import { decodePolyline } from './polyline';
import type { LngLat } from './types';

/** How a line or polygon column is encoded (Superset's `line_type`). */
export type LineEncoding = 'json' | 'polyline' | 'geohash';

/** The encoding a form value names, JSON (Superset's default) when it names none. */
export function lineEncoding(value: unknown): LineEncoding {
  return value === 'polyline' || value === 'geohash' ? value : 'json';
}

function parseJson(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return undefined;
  }
}

/** A `[x, y]` pair of numbers (longer positions keep their first two numbers). */
function toPair(value: unknown): [number, number] | null {
  if (!Array.isArray(value) || value.length < 2) return null;
  const first = toNumberOrNull(value[0]);
  const second = toNumberOrNull(value[1]);
  return first === null || second === null ? null : [first, second];
}

function toPairs(value: unknown): [number, number][] | null {
  if (!Array.isArray(value)) return null;
  const pairs = value.map(toPair);
  return pairs.every((pair) => pair !== null) ? pairs : null;
}

/** The geometry of a GeoJSON Feature, or the value itself. */
function geometryOf(value: unknown): { type?: unknown; coordinates?: unknown } | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const object = value as { type?: unknown; coordinates?: unknown; geometry?: unknown };
  return object.type === 'Feature' ? geometryOf(object.geometry) : object;
}

const orient = (pairs: [number, number][], reverse: boolean): LngLat[] =>
  reverse ? pairs.map(([a, b]) => [b, a]) : pairs;

function decodeText(text: string, encoding: 'polyline' | 'geohash'): [number, number][] | null {
  if (encoding === 'polyline') return decodePolyline(text);
  const center = decodeGeohash(text);
  return center ? [center] : null;
}

/**
 * A path's points as `[lng, lat]` from a cell: JSON (a list of pairs, or a GeoJSON
 * LineString), an encoded polyline (its pairs are taken in order, as Superset does), or a
 * geohash. `reverse` swaps each pair. Null when the cell does not hold a path.
 */
export function decodePath(
  value: unknown,
  encoding: LineEncoding,
  reverse: boolean,
): LngLat[] | null {
  if (value === null || value === undefined) return null;
  let pairs: [number, number][] | null;
  if (encoding === 'json') {
    const parsed = parseJson(value);
    const geometry = geometryOf(parsed);
    pairs = toPairs(geometry?.type === 'LineString' ? geometry.coordinates : parsed);
  } else {
    pairs = decodeText(cellText(value), encoding);
  }
  return pairs && pairs.length > 0 ? orient(pairs, reverse) : null;
}

function jsonRings(parsed: unknown): [number, number][][] {
  const geometry = geometryOf(parsed);
  if (geometry?.type === 'Polygon' && Array.isArray(geometry.coordinates)) {
    const outer = toPairs(geometry.coordinates[0]);
    return outer ? [outer] : [];
  }
  if (geometry?.type === 'MultiPolygon' && Array.isArray(geometry.coordinates)) {
    return geometry.coordinates.flatMap((polygon: unknown) => {
      const outer = Array.isArray(polygon) ? toPairs(polygon[0]) : null;
      return outer ? [outer] : [];
    });
  }
  const ring = toPairs(parsed);
  if (ring) return [ring];
  // Polygon coordinates without the GeoJSON wrapper: the first ring is the outline.
  const outer = Array.isArray(parsed) ? toPairs(parsed[0]) : null;
  return outer ? [outer] : [];
}

/**
 * A polygon cell's outlines (outer rings) as `[lng, lat]`: JSON (a ring of pairs, or a GeoJSON
 * Polygon or MultiPolygon), an encoded polyline ring, or a geohash (its cell). `reverse` swaps
 * each pair. Empty when the cell holds no polygon.
 */
export function decodePolygons(
  value: unknown,
  encoding: LineEncoding,
  reverse: boolean,
): LngLat[][] {
  if (value === null || value === undefined) return [];
  let rings: [number, number][][];
  if (encoding === 'json') {
    rings = jsonRings(parseJson(value));
  } else if (encoding === 'geohash') {
    const ring = geohashRing(cellText(value));
    rings = ring ? [ring] : [];
  } else {
    const ring = decodePolyline(cellText(value));
    rings = ring ? [ring] : [];
  }
  return rings.filter((ring) => ring.length >= 3).map((ring) => orient(ring, reverse));
}
