import { describe, expect, it } from 'vitest';
import { BIRTH_NAMES_TABLE } from './birth-names.js';
import { US_STATES } from './reference/us-states.js';
import { expectCellsMatchSchema, fingerprint, rowsOf } from './test-support/generated-rows.js';

const rows = rowsOf(BIRTH_NAMES_TABLE);
type BirthRow = [Date, string, string, number, string, number, number];
const births = rows as BirthRow[];

function babies(name: string, gender: string, fromYear: number, toYear: number): number {
  return births
    .filter(([, g, n]) => n === name && g === gender)
    .filter(([ds]) => ds.getUTCFullYear() >= fromYear && ds.getUTCFullYear() <= toYear)
    .reduce((sum, row) => sum + row[3], 0);
}

describe('birth_names', () => {
  it('yields the same rows on every run, as many as rowCount says', () => {
    expect(rows.length).toBe(BIRTH_NAMES_TABLE.rowCount);
    expect(fingerprint(rowsOf(BIRTH_NAMES_TABLE))).toBe(fingerprint(rows));
    expect(rows.length).toBeGreaterThan(60_000);
    expect(rows.length).toBeLessThan(90_000);
  });

  it('has cells of the schema types, January 1st of 1965..2008, boys and girls apart', () => {
    expectCellsMatchSchema(BIRTH_NAMES_TABLE, rows);
    const years = new Set(births.map(([ds]) => ds.getUTCFullYear()));
    expect(Math.min(...years)).toBe(1965);
    expect(Math.max(...years)).toBe(2008);
    const odd = births.filter(([ds, gender, , num, , boys, girls]) => {
      const isNewYear = ds.getTime() === Date.UTC(ds.getUTCFullYear(), 0, 1);
      const split = gender === 'boy' ? [boys, girls] : [girls, boys];
      return !isNewYear || split[0] !== num || split[1] !== 0 || num <= 0;
    });
    expect(odd.slice(0, 3)).toEqual([]);
    expect(new Set(births.map((row) => row[1]))).toEqual(new Set(['boy', 'girl']));
  });

  it('covers every state, DC and "other", large states with more names', () => {
    const states = new Set(births.map((row) => row[4]));
    expect([...states].sort()).toEqual([...US_STATES.map((s) => s.code), 'other'].sort());
    const rowsIn = (code: string) => births.filter((row) => row[4] === code).length;
    expect(rowsIn('CA')).toBeGreaterThan(rowsIn('WY') * 2);
  });

  it('lets names rise and fall over the decades', () => {
    expect(babies('Mary', 'girl', 1965, 1969)).toBeGreaterThan(
      babies('Mary', 'girl', 2000, 2008) * 5,
    );
    expect(babies('Emma', 'girl', 2000, 2008)).toBeGreaterThan(
      babies('Emma', 'girl', 1965, 1973) * 5,
    );
    expect(babies('Jennifer', 'girl', 1975, 1979)).toBeGreaterThan(
      babies('Jennifer', 'girl', 1965, 1969),
    );
  });

  it('includes accented names', () => {
    const names = new Set(births.map((row) => row[2]));
    for (const name of ['José', 'Zoë', 'Chloé', 'Renée']) expect(names).toContain(name);
  });
});
