import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { boundsOf } from '../bounds';
import { mapViewBox } from '../map-view-box';
import { placeInsets } from './place-insets';
import type { PolygonList } from './simplify-geometry';

const square = (x: number, y: number, size: number): Position[][] => [
  [
    [x, y],
    [x + size, y],
    [x + size, y + size],
    [x, y + size],
    [x, y],
  ],
];
const boundsOfRegion = (region: PolygonList | undefined) =>
  boundsOf((region ?? []).map((polygon) => polygon[0] ?? []));

describe('placeInsets', () => {
  it('keeps the mainland, moves a far region into an inset below it, drops far islets', () => {
    const mainlandA = [square(0, 40, 5)];
    const mainlandB = [square(5, 40, 5), square(60, 10, 0.5)];
    const overseas = [square(-50, 0, 4)];
    const [a, b, c] = placeInsets([mainlandA, mainlandB, overseas]);
    expect(a).toEqual(mainlandA);
    expect(b).toEqual([mainlandB[0]]);
    const inset = boundsOfRegion(c);
    expect(inset.maxY).toBeLessThan(40);
    expect(inset.minX).toBeGreaterThanOrEqual(0);
    // Scaled to at most 22% of the mainland's 10-degree width.
    expect(inset.maxX - inset.minX).toBeCloseTo(2.2, 5);
  });

  it('keeps a country straddling the antimeridian in one piece', () => {
    const [west, east] = placeInsets([[square(176, 60, 3)], [square(-180, 60, 8)]]);
    expect(boundsOfRegion(west).minX).toBe(176);
    expect(boundsOfRegion(east).minX).toBe(180);
  });
});

describe('mapViewBox', () => {
  it('fits a wide map to the width and a tall one to the height, narrowing northern maps', () => {
    const wide = mapViewBox({ minX: 0, maxX: 40, minY: 0, maxY: 10 }, 400, 300);
    expect(wide).toMatchObject({ left: 10, right: 10, top: 'middle' });
    const tall = mapViewBox({ minX: 0, maxX: 10, minY: 50, maxY: 70 }, 400, 300);
    expect(tall).toMatchObject({ top: 10, bottom: 10, left: 'center' });
    expect(tall.aspectScale).toBeCloseTo(Math.cos((60 * Math.PI) / 180), 5);
    expect(mapViewBox({ minX: 0, maxX: 1, minY: 0, maxY: 1 }, 400, 300, 0.75).aspectScale).toBe(
      0.75,
    );
  });
});
