import type { Geometry, Position } from 'geojson';

/** A rectangle in degrees. */
export interface Bounds {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** The bounds of rings' points (infinite when there are none). */
export function boundsOf(rings: readonly (readonly Position[])[]): Bounds {
  const bounds = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  for (const ring of rings) {
    for (const [x = 0, y = 0] of ring) {
      bounds.minX = Math.min(bounds.minX, x);
      bounds.minY = Math.min(bounds.minY, y);
      bounds.maxX = Math.max(bounds.maxX, x);
      bounds.maxY = Math.max(bounds.maxY, y);
    }
  }
  return bounds;
}

/** The smallest rectangle holding both. */
export const unionBounds = (a: Bounds, b: Bounds): Bounds => ({
  minX: Math.min(a.minX, b.minX),
  minY: Math.min(a.minY, b.minY),
  maxX: Math.max(a.maxX, b.maxX),
  maxY: Math.max(a.maxY, b.maxY),
});

/** The outer rings' bounds of geometries' polygons. */
export function geometriesBounds(geometries: readonly (Geometry | null)[]): Bounds {
  const rings: Position[][] = [];
  for (const geometry of geometries) {
    if (geometry?.type === 'Polygon') rings.push(geometry.coordinates[0] ?? []);
    if (geometry?.type === 'MultiPolygon') {
      for (const polygon of geometry.coordinates) rings.push(polygon[0] ?? []);
    }
  }
  return boundsOf(rings);
}
