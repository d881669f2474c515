import type { Position } from 'geojson';
import { boundsOf, unionBounds as union, type Bounds } from '../bounds';
import { ringArea, type PolygonList } from './simplify-geometry';

interface Part {
  region: number;
  polygon: Position[][];
  bounds: Bounds;
  area: number;
}

/** Parts closer than this (degrees) belong to one landmass: Corsica stays with France. */
const CLUSTER_GAP = 1.5;
/** An inset's longest side, as a share of the main landmass's longest side. */
const INSET_SHARE = 0.22;
const INSET_GAP_SHARE = 0.04;

const areNear = (a: Bounds, b: Bounds, gap: number) =>
  a.minX - gap <= b.maxX &&
  b.minX - gap <= a.maxX &&
  a.minY - gap <= b.maxY &&
  b.minY - gap <= a.maxY;

const mapPolygon = (polygon: Position[][], move: (point: Position) => Position) =>
  polygon.map((ring) => ring.map(move));

/**
 * Shifts parts by 360° so the country does not straddle the antimeridian (the Aleutians with
 * Alaska, Chukotka with Russia): whichever shift leaves the narrowest span of longitudes.
 */
function unwrapLongitudes(parts: Part[]): Part[] {
  const spanOf = (list: Part[]) => {
    const bounds = list.map((part) => part.bounds).reduce(union);
    return bounds.maxX - bounds.minX;
  };
  if (parts.length === 0 || spanOf(parts) <= 180) return parts;
  const shift = (part: Part, by: number): Part => ({
    ...part,
    polygon: mapPolygon(part.polygon, ([x = 0, y = 0]) => [x + by, y]),
    bounds: { ...part.bounds, minX: part.bounds.minX + by, maxX: part.bounds.maxX + by },
  });
  const center = (part: Part) => (part.bounds.minX + part.bounds.maxX) / 2;
  const east = parts.map((part) => (center(part) < 0 ? shift(part, 360) : part));
  const west = parts.map((part) => (center(part) > 0 ? shift(part, -360) : part));
  return spanOf(east) <= spanOf(west) ? east : west;
}

/** Groups parts into landmasses: parts nearer each other than the gap, transitively. */
function clusterParts(parts: readonly Part[]): Part[][] {
  const parent = parts.map((_, i) => i);
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root] as number;
    parent[i] = root;
    return root;
  };
  for (let i = 0; i < parts.length; i += 1) {
    for (let j = i + 1; j < parts.length; j += 1) {
      if (areNear((parts[i] as Part).bounds, (parts[j] as Part).bounds, CLUSTER_GAP)) {
        parent[find(i)] = find(j);
      }
    }
  }
  const clusters = new Map<number, Part[]>();
  parts.forEach((part, i) => {
    const root = find(i);
    const cluster = clusters.get(root);
    if (cluster) cluster.push(part);
    else clusters.set(root, [part]);
  });
  return [...clusters.values()];
}

/**
 * Lays a country out for one flat view, as printed atlases do: its main landmass where it is,
 * and each far-away landmass holding regions of its own (Alaska and Hawaii, France's overseas
 * departments, the Canaries) moved as a small inset below it. Far islets of regions that are
 * on the main landmass are dropped.
 *
 * @param regions each region's polygons
 * @returns each region's polygons, moved (regions left without any are empty)
 */
export function placeInsets(regions: readonly PolygonList[]): PolygonList[] {
  const parts = unwrapLongitudes(
    regions.flatMap((polygons, region) =>
      polygons.map((polygon) => ({
        region,
        polygon,
        bounds: boundsOf([polygon[0] ?? []]),
        area: ringArea(polygon[0] ?? []),
      })),
    ),
  );
  const placed: PolygonList[] = regions.map(() => []);
  const clusters = clusterParts(parts)
    .map((cluster) => ({
      parts: cluster,
      area: cluster.reduce((sum, part) => sum + part.area, 0),
      bounds: cluster.map((part) => part.bounds).reduce(union),
    }))
    .sort((a, b) => b.area - a.area);
  const [main, ...others] = clusters;
  if (!main) return placed;
  for (const part of main.parts) placed[part.region]?.push(part.polygon);

  const onMain = new Set(main.parts.map((part) => part.region));
  const insets = others.filter((cluster) => cluster.parts.some((part) => !onMain.has(part.region)));
  const mainSize = Math.max(
    main.bounds.maxX - main.bounds.minX,
    main.bounds.maxY - main.bounds.minY,
  );
  const cell = mainSize * INSET_SHARE;
  const gap = mainSize * INSET_GAP_SHARE;
  let x = main.bounds.minX;
  let top = main.bounds.minY - gap;
  let rowHeight = 0;
  for (const inset of insets) {
    const width = inset.bounds.maxX - inset.bounds.minX;
    const height = inset.bounds.maxY - inset.bounds.minY;
    const scale = Math.min(1, cell / Math.max(width, height, 1e-9));
    if (x > main.bounds.minX && x + width * scale > main.bounds.maxX) {
      x = main.bounds.minX;
      top -= rowHeight + gap;
      rowHeight = 0;
    }
    const move = ([px = 0, py = 0]: Position): Position => [
      Number((x + (px - inset.bounds.minX) * scale).toFixed(3)),
      Number((top - (inset.bounds.maxY - py) * scale).toFixed(3)),
    ];
    for (const part of inset.parts) placed[part.region]?.push(mapPolygon(part.polygon, move));
    x += width * scale + gap;
    rowHeight = Math.max(rowHeight, height * scale);
  }
  return placed;
}
