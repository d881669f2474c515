import type { MultiPolygon, Polygon, Position } from 'geojson';

/** How far a map's outlines are simplified for drawing at the size of a chart. */
export interface SimplifyOptions {
  /** Decimal places kept of each coordinate (3 is about 100 m). */
  decimals: number;
  /** Douglas-Peucker tolerance in degrees: points closer than this to the outline go. */
  tolerance: number;
  /** Islands and holes smaller than this (in square degrees) go, except a region's largest part. */
  minRingArea: number;
}

/** The polygons of an outline, each an outer ring then its holes. */
export type PolygonList = Position[][][];

function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/** The absolute area of a ring in square degrees (shoelace formula). */
export function ringArea(ring: readonly Position[]): number {
  let twiceArea = 0;
  for (let i = 0; i < ring.length - 1; i += 1) {
    const [x1 = 0, y1 = 0] = ring[i] as Position;
    const [x2 = 0, y2 = 0] = ring[i + 1] as Position;
    twiceArea += x1 * y2 - x2 * y1;
  }
  return Math.abs(twiceArea) / 2;
}

function distanceToSegment(point: Position, start: Position, end: Position): number {
  const [px = 0, py = 0] = point;
  const [sx = 0, sy = 0] = start;
  const [ex = 0, ey = 0] = end;
  const dx = ex - sx;
  const dy = ey - sy;
  const lengthSquared = dx * dx + dy * dy;
  const t =
    lengthSquared === 0
      ? 0
      : Math.max(0, Math.min(1, ((px - sx) * dx + (py - sy) * dy) / lengthSquared));
  return Math.hypot(px - (sx + t * dx), py - (sy + t * dy));
}

/** The indexes Douglas-Peucker keeps between `first` and `last` (iterative, no deep recursion). */
function douglasPeucker(points: readonly Position[], tolerance: number): boolean[] {
  const keep = points.map(() => false);
  keep[0] = true;
  keep[points.length - 1] = true;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop() as [number, number];
    let farthest = -1;
    let farthestDistance = tolerance;
    for (let i = first + 1; i < last; i += 1) {
      const distance = distanceToSegment(
        points[i] as Position,
        points[first] as Position,
        points[last] as Position,
      );
      if (distance > farthestDistance) {
        farthest = i;
        farthestDistance = distance;
      }
    }
    if (farthest >= 0) {
      keep[farthest] = true;
      stack.push([first, farthest], [farthest, last]);
    }
  }
  return keep;
}

/**
 * A closed ring rounded to `decimals` and simplified with Douglas-Peucker, repeated points
 * removed; null when fewer than three distinct corners remain.
 */
export function simplifyRing(
  ring: readonly Position[],
  options: Pick<SimplifyOptions, 'decimals' | 'tolerance'>,
): Position[] | null {
  const rounded: Position[] = [];
  for (const [x = 0, y = 0] of ring) {
    const point: Position = [roundTo(x, options.decimals), roundTo(y, options.decimals)];
    const previous = rounded[rounded.length - 1];
    if (!previous || previous[0] !== point[0] || previous[1] !== point[1]) rounded.push(point);
  }
  if (rounded.length < 4) return null;
  // The farthest point from the start splits the ring in two open lines, each simplified alone,
  // so the start point's neighbourhood is not flattened away.
  let split = 1;
  let splitDistance = -1;
  const start = rounded[0] as Position;
  for (let i = 1; i < rounded.length - 1; i += 1) {
    const [x = 0, y = 0] = rounded[i] as Position;
    const distance = Math.hypot(x - (start[0] ?? 0), y - (start[1] ?? 0));
    if (distance > splitDistance) {
      split = i;
      splitDistance = distance;
    }
  }
  const firstHalf = rounded.slice(0, split + 1);
  const secondHalf = rounded.slice(split);
  const keptFirst = douglasPeucker(firstHalf, options.tolerance);
  const keptSecond = douglasPeucker(secondHalf, options.tolerance);
  const simplified = [
    ...firstHalf.filter((_, i) => keptFirst[i]),
    ...secondHalf.filter((_, i) => i > 0 && keptSecond[i]),
  ];
  return simplified.length < 4 ? null : simplified;
}

/** The polygons of a Polygon or MultiPolygon geometry. */
export function polygonsOf(geometry: Polygon | MultiPolygon): PolygonList {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/**
 * Simplified polygons of one region: rings simplified, islands and holes under `minRingArea`
 * dropped. The region's largest polygon always stays, so a small region never vanishes.
 */
export function simplifyPolygons(polygons: PolygonList, options: SimplifyOptions): PolygonList {
  const outerAreas = polygons.map((polygon) => ringArea(polygon[0] ?? []));
  const largest = outerAreas.indexOf(Math.max(...outerAreas));
  const simplified: PolygonList = [];
  polygons.forEach((polygon, index) => {
    const [outer, ...holes] = polygon;
    if (!outer) return;
    const isLargest = index === largest;
    if (!isLargest && (outerAreas[index] ?? 0) < options.minRingArea) return;
    const simplifiedOuter =
      simplifyRing(outer, options) ??
      (isLargest ? simplifyRing(outer, { ...options, tolerance: 0 }) : null);
    if (!simplifiedOuter) return;
    const simplifiedHoles = holes
      .filter((hole) => ringArea(hole) >= options.minRingArea)
      .map((hole) => simplifyRing(hole, options))
      .filter((hole): hole is Position[] => hole !== null);
    simplified.push([simplifiedOuter, ...simplifiedHoles]);
  });
  return simplified;
}
