import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  describeLive,
  LIVE_POSTGRES,
} from '../../../packages/engines/src/test-support/live-services.js';
import { rowsReadByOneExecution } from './stampede-read-unit.js';

/** A table of its own, dropped afterwards. */
const TARGET = { schema: 'bench_stampede_unit_test', table: 'items' };

await describeLive(LIVE_POSTGRES, 'the rows of a table one execution reads', () => {
  let pool: pg.Pool;
  beforeAll(async () => {
    // Parallel plans even for a small table: the unit must not depend on the workers.
    pool = new pg.Pool({
      connectionString: 'postgresql://postgres@127.0.0.1:5432/test',
      max: 2,
      options:
        '-c parallel_setup_cost=0 -c parallel_tuple_cost=0 -c min_parallel_table_scan_size=0',
    });
    await pool.query(`DROP SCHEMA IF EXISTS ${TARGET.schema} CASCADE`);
    await pool.query(`CREATE SCHEMA ${TARGET.schema}`);
    await pool.query(
      `CREATE TABLE ${TARGET.schema}.${TARGET.table} AS SELECT g AS id FROM generate_series(1, 1000) AS g`,
    );
  });
  afterAll(async () => {
    await pool.query(`DROP SCHEMA IF EXISTS ${TARGET.schema} CASCADE`);
    await pool.end();
  });

  it('counts every row a plan reads, twice for a self-join, whatever the workers', async () => {
    const table = `${TARGET.schema}.${TARGET.table}`;
    const twice = await rowsReadByOneExecution(
      pool,
      TARGET,
      `SELECT count(*) FROM ${table} a JOIN ${table} b ON a.id = b.id WHERE a.id % 10 = 0`,
    );
    expect(twice).toEqual({ rowsRead: 2000, rows: 1 });
  }, 40_000);
});
