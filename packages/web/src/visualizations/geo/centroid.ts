import type { Geometry, Position } from 'geojson';

function ringCentroid(ring: readonly Position[]): { area: number; x: number; y: number } {
  let area = 0;
  let x = 0;
  let y = 0;
  for (let i = 0; i < ring.length - 1; i += 1) {
    const [x1 = 0, y1 = 0] = ring[i] as Position;
    const [x2 = 0, y2 = 0] = ring[i + 1] as Position;
    const cross = x1 * y2 - x2 * y1;
    area += cross;
    x += (x1 + x2) * cross;
    y += (y1 + y2) * cross;
  }
  area /= 2;
  return area === 0 ? { area: 0, x: 0, y: 0 } : { area, x: x / (6 * area), y: y / (6 * area) };
}

/**
 * Where to put a marker on a region: the centroid of its largest polygon (so a country with
 * far-away islands gets its marker on the mainland), as [longitude, latitude]; undefined for
 * a geometry without area.
 */
export function findLabelPoint(geometry: Geometry | null): [number, number] | undefined {
  if (!geometry) return undefined;
  const outerRings =
    geometry.type === 'Polygon'
      ? [geometry.coordinates[0] ?? []]
      : geometry.type === 'MultiPolygon'
        ? geometry.coordinates.map((polygon) => polygon[0] ?? [])
        : [];
  let best: { area: number; x: number; y: number } | undefined;
  for (const ring of outerRings) {
    const centroid = ringCentroid(ring);
    if (Math.abs(centroid.area) > Math.abs(best?.area ?? 0)) best = centroid;
  }
  return best ? [best.x, best.y] : undefined;
}
