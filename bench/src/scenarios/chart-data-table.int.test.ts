import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  describeLive,
  LIVE_POSTGRES,
} from '../../../packages/engines/src/test-support/live-services.js';
import { DIM_RIDER_ROWS, MARKER_TABLE } from '../dataset/dataset-contract.js';
import { ensurePostgresDataset } from '../dataset/postgres-dataset.js';
import { tableComment } from './chart-data-table.js';

/** A schema of its own: the benchmark's datasets are never touched by the test. */
const TARGET = { schema: 'bench_t1_dataset_test', tripsRows: 100_000, riderRows: DIM_RIDER_ROWS };
const TRIPS = `${TARGET.schema}.trips`;

await describeLive(LIVE_POSTGRES, 'the PostgreSQL dataset generator', () => {
  let pool: pg.Pool;
  beforeAll(() => {
    pool = new pg.Pool({ connectionString: 'postgresql://postgres@127.0.0.1:5432/test', max: 1 });
  });
  afterAll(async () => {
    await pool.query(`DROP SCHEMA IF EXISTS ${TARGET.schema} CASCADE`);
    await pool.end();
  });

  async function tripsOid(): Promise<string> {
    const { rows } = await pool.query<{ oid: string }>('SELECT to_regclass($1)::oid AS oid', [
      TRIPS,
    ]);
    return rows[0]?.oid ?? '';
  }

  it('builds the design rows server-side, records them, then reuses them', async () => {
    await pool.query(`DROP SCHEMA IF EXISTS ${TARGET.schema} CASCADE`);
    const first = await ensurePostgresDataset(pool, TARGET);
    expect([first.trips.outcome, first.dimRider.outcome]).toEqual(['built', 'built']);
    // The checksums of performance.md §5.1 at n = 100,000: the generator has not drifted.
    const trips = await pool.query<Record<string, string>>(
      `SELECT count(*) AS n, count(DISTINCT rider_id) AS riders,
              count(DISTINCT driver_id) AS drivers, sum(total_amount)::text AS total,
              min(pickup_ts)::text AS first
       FROM ${TRIPS}`,
    );
    expect(trips.rows[0]).toEqual({
      n: '100000',
      riders: '50707',
      drivers: '19878',
      total: '3180663.91',
      first: '2023-01-01 00:00:05',
    });
    // The riders of §5.1: 50 cities, 5 segments, six years of signups, one in ten premium.
    const riders = await pool.query<Record<string, string>>(
      `SELECT count(*) AS n, count(DISTINCT city) AS cities, count(DISTINCT segment) AS segments,
              sum(is_premium::int) AS premium, min(signup_date)::text AS first,
              max(signup_date)::text AS last
       FROM ${TARGET.schema}.dim_rider`,
    );
    expect(riders.rows[0]).toEqual({
      n: '100000',
      cities: '50',
      segments: '5',
      premium: '10036',
      first: '2018-01-01',
      last: '2023-12-30',
    });
    const markers = await pool.query(
      `SELECT table_name, row_count::int AS row_count FROM ${TARGET.schema}.${MARKER_TABLE} ORDER BY 1`,
    );
    expect(markers.rows).toEqual([
      { table_name: 'dim_rider', row_count: 100_000 },
      { table_name: 'trips', row_count: 100_000 },
    ]);
    const second = await ensurePostgresDataset(pool, TARGET);
    expect([second.trips.outcome, second.dimRider.outcome]).toEqual(['reused', 'reused']);
  });

  it('adopts a complete trips table of the former comment check without building it', async () => {
    const before = await tripsOid();
    await pool.query(`DELETE FROM ${TARGET.schema}.${MARKER_TABLE} WHERE table_name = 'trips'`);
    await pool.query(`COMMENT ON TABLE ${TRIPS} IS '${tableComment(TARGET.tripsRows)}'`);
    const adopted = await ensurePostgresDataset(pool, TARGET);
    expect([adopted.trips.outcome, adopted.dimRider.outcome]).toEqual(['adopted', 'reused']);
    expect(await tripsOid()).toBe(before);
    expect((await ensurePostgresDataset(pool, TARGET)).trips.outcome).toBe('reused');
  });

  it('builds a table again when its last rows are missing', async () => {
    await pool.query(`DELETE FROM ${TRIPS} WHERE trip_id = ${TARGET.tripsRows}`);
    await pool.query(`DELETE FROM ${TARGET.schema}.dim_rider WHERE rider_id = ${DIM_RIDER_ROWS}`);
    const rebuilt = await ensurePostgresDataset(pool, TARGET);
    expect([rebuilt.trips.outcome, rebuilt.dimRider.outcome]).toEqual(['built', 'built']);
  });
});
