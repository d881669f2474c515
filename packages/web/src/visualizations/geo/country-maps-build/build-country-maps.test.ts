import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { buildCountryMaps, countryTolerance } from './build-country-maps';
import { ringArea, simplifyPolygons, simplifyRing } from './simplify-geometry';

/** A closed ring around a circle of `points` corners. */
const circle = (cx: number, cy: number, radius: number, points: number): Position[] => {
  const ring = Array.from({ length: points }, (_, i): Position => {
    const angle = (i / points) * 2 * Math.PI;
    return [cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)];
  });
  return [...ring, ring[0] as Position];
};

describe('simplifyRing', () => {
  it('rounds coordinates and drops points closer to the outline than the tolerance', () => {
    const ring = circle(10, 20, 1, 400);
    const simplified = simplifyRing(ring, { decimals: 3, tolerance: 0.01 }) ?? [];
    expect(simplified.length).toBeLessThan(40);
    expect(simplified.length).toBeGreaterThan(8);
    expect(simplified[0]).toEqual(simplified[simplified.length - 1]);
    expect(simplified.every(([x = 0]) => Number(x.toFixed(3)) === x)).toBe(true);
    expect(ringArea(simplified)).toBeCloseTo(Math.PI, 1);
  });

  it('gives null for a ring that collapses to fewer than three corners', () => {
    expect(simplifyRing(circle(0, 0, 0.0001, 20), { decimals: 3, tolerance: 0.01 })).toBeNull();
  });
});

describe('simplifyPolygons', () => {
  it('drops islets and holes under the minimum area but keeps the largest part', () => {
    const options = { decimals: 3, tolerance: 0.001, minRingArea: 0.01 };
    const mainland = [circle(0, 0, 1, 60), circle(0, 0, 0.01, 12)];
    const islet = [circle(3, 3, 0.02, 12)];
    const island = [circle(5, 5, 0.5, 30)];
    const simplified = simplifyPolygons([mainland, islet, island], options);
    expect(simplified).toHaveLength(2);
    expect(simplified[0]).toHaveLength(1);
    expect(simplifyPolygons([islet], options)).toHaveLength(1);
  });
});

describe('buildCountryMaps', () => {
  const feature = (country: string, iso: string, name: string, cx: number) => ({
    type: 'Feature' as const,
    properties: { iso_a2: country, iso_3166_2: iso, name, name_en: `${name} (en)` },
    geometry: { type: 'Polygon' as const, coordinates: [circle(cx, 0, 1, 40)] },
  });

  it('splits subdivisions by country, merging parts that share an ISO 3166-2 code', () => {
    const maps = buildCountryMaps({
      features: [
        feature('FR', 'FR-75', 'Paris', 0),
        feature('FR', 'FR-13', 'Bouches', 3),
        feature('FR', 'FR-13', 'Bouches', 6),
        feature('BE', 'BE-BRU', 'Bruxelles', 9),
        { type: 'Feature', properties: { iso_a2: 'BE', iso_3166_2: 'BE-X' }, geometry: null },
      ],
    });
    expect([...maps.keys()]).toEqual(['FR', 'BE']);
    const france = maps.get('FR');
    expect(
      france?.features.map((f) => [f.properties.iso, f.properties.name, f.geometry.type]),
    ).toEqual([
      ['FR-75', 'Paris (en)', 'Polygon'],
      ['FR-13', 'Bouches (en)', 'MultiPolygon'],
    ]);
    expect(maps.get('BE')?.features).toHaveLength(1);
  });

  it('simplifies more for countries with larger subdivisions, within bounds', () => {
    // A 10-corner circle of radius 1 spans 2 by 1.9 degrees: about 2.76 across.
    expect(countryTolerance([[[circle(0, 0, 1, 10)]]])).toBeCloseTo(0.0276, 4);
    expect(countryTolerance([[[circle(0, 0, 0.01, 10)]]])).toBe(0.001);
    expect(countryTolerance([[[circle(0, 0, 50, 10)]]])).toBe(0.05);
  });
});
