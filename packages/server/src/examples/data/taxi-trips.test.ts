import { describe, expect, it } from 'vitest';
import { taxiTrips, TAXI_TRIPS_ROW_COUNT } from './taxi-trips.js';

describe('taxiTrips', () => {
  it('is a few million rows by default and scales down for tests', () => {
    expect(taxiTrips().rowCount).toBe(TAXI_TRIPS_ROW_COUNT);
    expect(TAXI_TRIPS_ROW_COUNT).toBeGreaterThanOrEqual(1_000_000);
    expect(taxiTrips(500).rowCount).toBe(500);
    expect(taxiTrips(500).selectSql('duckdb')).toContain('range(500)');
    expect(taxiTrips(500).selectSql('postgresql')).toContain(
      'generate_series(CAST(0 AS BIGINT), 499)',
    );
  });

  it('uses no engine randomness or hash function, so both engines agree row for row', () => {
    for (const dialect of ['duckdb', 'postgresql'] as const) {
      const sql = taxiTrips(10).selectSql(dialect).toLowerCase();
      expect(sql).not.toMatch(/\b(random|hash|md5|setseed|uuid)\s*\(/);
      expect(sql).not.toMatch(/\bnow\s*\(|current_timestamp/);
    }
  });
});
