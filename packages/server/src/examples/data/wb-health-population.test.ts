import { describe, expect, it } from 'vitest';
import { COUNTRIES } from './reference/countries.js';
import { expectCellsMatchSchema, fingerprint, rowsOf } from './test-support/generated-rows.js';
import { WB_HEALTH_POPULATION_TABLE } from './wb-health-population.js';

const rows = rowsOf(WB_HEALTH_POPULATION_TABLE);
type WbRow = [string, string, string, Date, number, number, number, number, number];
const wb = rows as unknown as WbRow[];

function valueOf(code: string, year: number, column: number): unknown {
  const row = rows.find((r) => r[1] === code && (r[3] as Date).getUTCFullYear() === year);
  return row?.[column];
}

describe('wb_health_population', () => {
  it('yields the same rows on every run, one per country and year 1960-2020', () => {
    expect(rows.length).toBe(WB_HEALTH_POPULATION_TABLE.rowCount);
    expect(rows.length).toBe(COUNTRIES.length * 61);
    expect(fingerprint(rowsOf(WB_HEALTH_POPULATION_TABLE))).toBe(fingerprint(rows));
    expectCellsMatchSchema(WB_HEALTH_POPULATION_TABLE, rows);
    const years = wb.map(([, , , year]) => year);
    expect(years.every((year) => year.getUTCMonth() === 0 && year.getUTCDate() === 1)).toBe(true);
    expect(Math.min(...years.map((y) => y.getUTCFullYear()))).toBe(1960);
    expect(Math.max(...years.map((y) => y.getUTCFullYear()))).toBe(2020);
  });

  it('lists countries only, with unicode names and seven regions', () => {
    const names = new Set(wb.map(([name]) => name));
    expect(names.size).toBeGreaterThan(180);
    expect(names).toContain("Côte d'Ivoire");
    expect(names).toContain('Türkiye');
    expect(names).not.toContain('World');
    expect(new Set(wb.map(([, , region]) => region)).size).toBe(7);
  });

  it('grows population for most countries and raises life expectancy nearly everywhere', () => {
    const grown = COUNTRIES.filter(
      (c) => (valueOf(c.iso3, 2020, 4) as number) > (valueOf(c.iso3, 1960, 4) as number),
    );
    expect(grown.length / COUNTRIES.length).toBeGreaterThan(0.85);
    expect(valueOf('CHN', 2020, 4)).toBeGreaterThan(1.3e9);
    expect(valueOf('CHN', 2020, 4)).toBeLessThan(1.5e9);
    const longer = COUNTRIES.filter(
      (c) => (valueOf(c.iso3, 2020, 5) as number) > (valueOf(c.iso3, 1960, 5) as number),
    );
    expect(longer.length).toBe(COUNTRIES.length);
  });

  it('has gaps in GDP and child mortality but none in population, urban + rural = 100', () => {
    const gdpGaps = rows.filter((row) => row[10] === null);
    const mortalityGaps = rows.filter((row) => row[11] === null);
    expect(gdpGaps.length).toBeGreaterThan(500);
    expect(mortalityGaps.length).toBeGreaterThan(500);
    expect(gdpGaps.every((row) => row[9] === null)).toBe(true);
    expect(valueOf('RUS', 1980, 10)).toBeNull();
    expect(valueOf('RUS', 2000, 10)).toBeGreaterThan(0);
    expect(rows.some((row) => row[4] === null || row[5] === null)).toBe(false);
    const off = wb.filter(([, , , , , , urban, rural]) => Math.abs(urban + rural - 100) > 1e-9);
    expect(off).toEqual([]);
  });
});
