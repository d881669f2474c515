import { describe, expect, it } from 'vitest';
import { FLIGHTS_TABLE, greatCircleMiles } from './flights.js';
import { AIRPORTS } from './reference/airports.js';
import {
  columnOf,
  expectCellsMatchSchema,
  fingerprint,
  rowsOf,
} from './test-support/generated-rows.js';

const rows = rowsOf(FLIGHTS_TABLE);
const column = (name: string) => columnOf(FLIGHTS_TABLE, rows, name);
const ds = column('ds') as Date[];
const delays = column('departure_delay') as (number | null)[];

function averageDelay(months: number[]): number {
  const picked = delays.filter(
    (delay, i): delay is number => delay !== null && months.includes(ds[i]?.getUTCMonth() ?? -1),
  );
  return picked.reduce((sum, delay) => sum + delay, 0) / picked.length;
}

describe('flights', () => {
  it('yields the same rows on every run, as many as rowCount says, typed by the schema', () => {
    expect(rows).toHaveLength(FLIGHTS_TABLE.rowCount);
    expect(fingerprint(rowsOf(FLIGHTS_TABLE))).toBe(fingerprint(rows));
    expectCellsMatchSchema(FLIGHTS_TABLE, rows);
  });

  it('flies through 2024 in departure order', () => {
    expect(ds.every((date) => date.getUTCFullYear() === 2024)).toBe(true);
    expect(ds.every((date, i) => i === 0 || date >= (ds[i - 1] ?? date))).toBe(true);
  });

  it('delays summer and December flights more than spring ones, with a long tail', () => {
    expect(averageDelay([5, 6, 7])).toBeGreaterThan(averageDelay([2, 3, 4]) * 1.5);
    expect(averageDelay([11])).toBeGreaterThan(averageDelay([2, 3, 4]) * 1.5);
    expect(Math.max(...delays.filter((d): d is number => d !== null))).toBeGreaterThan(300);
    const small = delays.filter((delay) => delay !== null && delay < 15).length;
    expect(small / delays.length).toBeGreaterThan(0.6);
  });

  it('cancels about 2% of flights, which then have no delays', () => {
    const cancelled = column('cancelled');
    const share = cancelled.filter(Boolean).length / rows.length;
    expect(share).toBeGreaterThan(0.01);
    expect(share).toBeLessThan(0.03);
    const arrival = column('arrival_delay');
    cancelled.forEach((isCancelled, i) => {
      if (isCancelled) expect([delays[i], arrival[i]]).toEqual([null, null]);
    });
  });

  it('measures distance as the great circle between real airports', () => {
    const [jfk, lax] = ['JFK', 'LAX'].map((code) => AIRPORTS.find((a) => a.code === code));
    if (!jfk || !lax) throw new Error('JFK and LAX are listed');
    expect(Math.round(greatCircleMiles(jfk, lax))).toBeGreaterThan(2460);
    expect(Math.round(greatCircleMiles(jfk, lax))).toBeLessThan(2480);
    const origins = column('origin_airport');
    const destinations = column('destination_airport');
    expect(origins.every((origin, i) => origin !== destinations[i])).toBe(true);
    const hubShare = origins.filter((code) => ['ATL', 'DFW', 'DEN', 'ORD'].includes(String(code)));
    expect(hubShare.length / rows.length).toBeGreaterThan(0.12);
  });
});
