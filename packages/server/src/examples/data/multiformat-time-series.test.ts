import { describe, expect, it } from 'vitest';
import { MULTIFORMAT_STRING_FORMATS } from '../table-schemas.js';
import { MULTIFORMAT_TIME_SERIES_TABLE } from './multiformat-time-series.js';
import {
  columnOf,
  expectCellsMatchSchema,
  fingerprint,
  rowsOf,
} from './test-support/generated-rows.js';

const rows = rowsOf(MULTIFORMAT_TIME_SERIES_TABLE);
const column = (name: string) => columnOf(MULTIFORMAT_TIME_SERIES_TABLE, rows, name);

/** Reads text written with a strftime pattern back, the way a dataset's python_date_format would. */
function parsePythonDate(text: string, pattern: string): number {
  const fields: string[] = [];
  const source = pattern
    .replace(/[.^/]/g, '\\$&')
    .replace(/%([YmdHMSf])/g, (_, directive: string) => {
      fields.push(directive);
      return directive === 'Y' ? '(\\d{4})' : directive === 'f' ? '(\\d{6})' : '(\\d{2})';
    });
  const match = new RegExp(`^${source}$`).exec(text);
  if (!match) throw new Error(`${text} does not match ${pattern}`);
  const value = (directive: string) => {
    const index = fields.indexOf(directive);
    return index < 0 ? 0 : Number(match[index + 1]);
  };
  return (
    Date.UTC(value('Y'), value('m') - 1, value('d'), value('H'), value('M'), value('S')) +
    Math.floor(value('f') / 1000)
  );
}

describe('multiformat_time_series', () => {
  it('yields 100 days of hours from 2024-01-01, the same on every run, typed by the schema', () => {
    expect(rows).toHaveLength(MULTIFORMAT_TIME_SERIES_TABLE.rowCount);
    expect(rows).toHaveLength(2400);
    expect(fingerprint(rowsOf(MULTIFORMAT_TIME_SERIES_TABLE))).toBe(fingerprint(rows));
    expectCellsMatchSchema(MULTIFORMAT_TIME_SERIES_TABLE, rows);
    expect((column('ds2')[0] as Date).toISOString()).toBe('2024-01-01T00:00:00.000Z');
  });

  it('stores one instant in every column: date, timestamp, epochs and four text formats', () => {
    const mismatches: string[] = [];
    const [ds, ds2, epochMs, epochS] = ['ds', 'ds2', 'epoch_ms', 'epoch_s'].map(column);
    const texts = Object.entries(MULTIFORMAT_STRING_FORMATS).map(
      ([name, pattern]) => [name, pattern, column(name)] as const,
    );
    rows.forEach((_, i) => {
      const instant = (ds2?.[i] as Date).getTime();
      const day = (ds?.[i] as Date).getTime();
      if (day !== instant - (instant % 86_400_000)) mismatches.push(`ds of row ${i}`);
      if (epochMs?.[i] !== instant) mismatches.push(`epoch_ms of row ${i}`);
      if (epochS?.[i] !== instant / 1000) mismatches.push(`epoch_s of row ${i}`);
      for (const [name, pattern, cells] of texts) {
        const text = String(cells[i]);
        if (parsePythonDate(text, pattern) !== instant) mismatches.push(`${name} ${text}`);
      }
    });
    expect(mismatches.slice(0, 5)).toEqual([]);
    expect(column('string0')[1]).toBe('2024-01-01 01:00:00.000000');
    expect(column('string2')[1]).toBe('20240101-010000');
  });

  it('has a daily cycle in its values', () => {
    const values = column('value') as number[];
    const byHour = (hour: number) =>
      values.filter((_, i) => i % 24 === hour).reduce((sum, v) => sum + v, 0) / 100;
    expect(byHour(14)).toBeGreaterThan(byHour(2) + 20);
  });
});
