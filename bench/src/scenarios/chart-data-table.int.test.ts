import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  describeLive,
  LIVE_POSTGRES,
} from '../../../packages/engines/src/test-support/live-services.js';
import { ensureTripsTable } from './chart-data-table.js';

/** A schema of its own: the benchmark's 10M-row table is never touched by the test. */
const TABLE = { schema: 'bench_chart_test', rows: 100_000 };

await describeLive(LIVE_POSTGRES, 'the trips fact table generator', () => {
  let pool: pg.Pool;
  beforeAll(() => {
    pool = new pg.Pool({ connectionString: 'postgresql://postgres@127.0.0.1:5432/test', max: 1 });
  });
  afterAll(async () => {
    await pool.query(`DROP SCHEMA IF EXISTS ${TABLE.schema} CASCADE`);
    await pool.end();
  });

  it('builds the design rows server-side, then reuses a complete table', async () => {
    await pool.query(`DROP SCHEMA IF EXISTS ${TABLE.schema} CASCADE`);
    const first = await ensureTripsTable(pool, TABLE);
    expect(first.built).toBe(true);
    // The checksums of performance.md §5.1 at n = 100,000: the generator has not drifted.
    const { rows } = await pool.query<Record<string, string>>(
      `SELECT count(*) AS n, count(DISTINCT rider_id) AS riders,
              count(DISTINCT driver_id) AS drivers, sum(total_amount)::text AS total,
              min(pickup_ts)::text AS first
       FROM ${TABLE.schema}.trips`,
    );
    expect(rows[0]).toEqual({
      n: '100000',
      riders: '50707',
      drivers: '19878',
      total: '3180663.91',
      first: '2023-01-01 00:00:05',
    });
    const second = await ensureTripsTable(pool, TABLE);
    expect(second).toMatchObject({ built: false, totalMs: 0 });
  });

  it('builds again when rows are missing', async () => {
    await pool.query(`DELETE FROM ${TABLE.schema}.trips WHERE trip_id = 1`);
    expect((await ensureTripsTable(pool, TABLE)).built).toBe(true);
  });
});
