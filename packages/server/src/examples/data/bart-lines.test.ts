import { describe, expect, it } from 'vitest';
import { BART_LINES_TABLE } from './bart-lines.js';
import { expectCellsMatchSchema, rowsOf } from './test-support/generated-rows.js';

describe('bart_lines', () => {
  const rows = rowsOf(BART_LINES_TABLE);

  it('lists six coloured lines, typed by the schema', () => {
    expect(rows).toHaveLength(BART_LINES_TABLE.rowCount);
    expect(rows).toHaveLength(6);
    expectCellsMatchSchema(BART_LINES_TABLE, rows);
    expect(rows.every((row) => /^#[0-9a-f]{6}$/.test(String(row[1])))).toBe(true);
  });

  it('draws each line as [lon, lat] points in the Bay Area, through San Francisco or Oakland', () => {
    for (const [, , pathJson] of rows) {
      const path = JSON.parse(String(pathJson)) as [number, number][];
      expect(path.length).toBeGreaterThanOrEqual(2);
      for (const [lon, lat] of path) {
        expect(lon).toBeGreaterThan(-122.6);
        expect(lon).toBeLessThan(-121.7);
        expect(lat).toBeGreaterThan(37.3);
        expect(lat).toBeLessThan(38.1);
      }
    }
  });
});
