import { describe, expect, it } from 'vitest';
import { SF_POPULATION_POLYGONS_TABLE } from './sf-population-polygons.js';
import { expectCellsMatchSchema, fingerprint, rowsOf } from './test-support/generated-rows.js';

describe('sf_population_polygons', () => {
  const rows = rowsOf(SF_POPULATION_POLYGONS_TABLE);

  it('yields the same zip codes on every run, typed by the schema', () => {
    expect(rows).toHaveLength(SF_POPULATION_POLYGONS_TABLE.rowCount);
    expect(rows.length).toBeGreaterThanOrEqual(25);
    expect(fingerprint(rowsOf(SF_POPULATION_POLYGONS_TABLE))).toBe(fingerprint(rows));
    expectCellsMatchSchema(SF_POPULATION_POLYGONS_TABLE, rows);
  });

  it('draws each zip code as a closed ring of 6-12 vertices in San Francisco', () => {
    for (const [zipcode, population, contour, area] of rows) {
      expect(String(zipcode)).toMatch(/^941\d\d$/);
      expect(Number(population)).toBeGreaterThan(0);
      expect(Number(area)).toBeGreaterThan(0);
      const ring = JSON.parse(String(contour)) as [number, number][];
      expect(ring.length - 1).toBeGreaterThanOrEqual(6);
      expect(ring.length - 1).toBeLessThanOrEqual(12);
      expect(ring.at(-1)).toEqual(ring[0]);
      for (const [lon, lat] of ring) {
        expect(lon).toBeGreaterThan(-122.53);
        expect(lon).toBeLessThan(-122.35);
        expect(lat).toBeGreaterThan(37.69);
        expect(lat).toBeLessThan(37.83);
      }
    }
  });
});
