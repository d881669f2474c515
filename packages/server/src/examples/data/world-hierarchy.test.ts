import { describe, expect, it } from 'vitest';
import { COUNTRIES } from './reference/countries.js';
import { expectCellsMatchSchema, fingerprint, rowsOf } from './test-support/generated-rows.js';
import { WORLD_HIERARCHY_TABLE } from './world-hierarchy.js';

const rows = rowsOf(WORLD_HIERARCHY_TABLE) as [string, string | null, string, number][];

describe('world_hierarchy', () => {
  it('yields the same rows on every run, typed as the schema says', () => {
    expect(rows.length).toBe(WORLD_HIERARCHY_TABLE.rowCount);
    expect(fingerprint(rowsOf(WORLD_HIERARCHY_TABLE))).toBe(fingerprint(rows));
    expectCellsMatchSchema(WORLD_HIERARCHY_TABLE, rows);
  });

  it('forms one tree: World, seven regions, every country under its region', () => {
    const ids = new Set(rows.map(([id]) => id));
    expect(ids.size).toBe(rows.length);
    expect(rows.filter(([, parent]) => parent === null).map(([id]) => id)).toEqual(['World']);
    expect(rows.filter(([, parent]) => parent === 'World')).toHaveLength(7);
    expect(rows.every(([, parent]) => parent === null || ids.has(parent))).toBe(true);
    expect(rows.find(([id]) => id === 'FRA')).toEqual([
      'FRA',
      'Europe & Central Asia',
      'France',
      67_600_000,
    ]);
  });

  it('sums country populations into regions and the world', () => {
    const world = rows.find(([id]) => id === 'World')?.[3] ?? 0;
    const regions = rows.filter(([, parent]) => parent === 'World');
    expect(regions.reduce((sum, [, , , population]) => sum + population, 0)).toBe(world);
    expect(world).toBe(COUNTRIES.reduce((sum, c) => sum + c.population2020, 0));
    expect(world).toBeGreaterThan(7.5e9);
    expect(world).toBeLessThan(8e9);
  });
});
