import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  describeLive,
  LIVE_POSTGRES,
} from '../../../packages/engines/src/test-support/live-services.js';
import { rowsReadDuring } from './dashboard-db-count.js';
import { rowsReadByOneExecution } from './stampede-read-unit.js';

/** A table of its own: nothing else reads it while the tests count. */
const TARGET = { schema: 'bench_dashboard_count_test', table: 'items' };

await describeLive(LIVE_POSTGRES, "PostgreSQL's count of the rows read from a table", () => {
  let pool: pg.Pool;
  beforeAll(async () => {
    // Parallel plans even for a small table: workers split the rows, the count stays whole.
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

  it('counts the rows statements on other connections read, in parallel or not', async () => {
    const sql = `SELECT count(*) FROM ${TARGET.schema}.${TARGET.table}`;
    const rowsRead = await rowsReadDuring(pool, TARGET, async () => {
      // Two at once on two connections, then a third: three reads of the 1,000 rows.
      await Promise.all([pool.query(sql), pool.query(sql)]);
      await pool.query(sql);
    });
    expect(rowsRead).toBe(3000);
  }, 40_000);

  it("counts every row one execution reads, twice for a self-join (the stampede's unit)", async () => {
    const table = `${TARGET.schema}.${TARGET.table}`;
    const twice = await rowsReadByOneExecution(
      pool,
      TARGET,
      `SELECT count(*) FROM ${table} a JOIN ${table} b ON a.id = b.id WHERE a.id % 10 = 0`,
    );
    expect(twice).toEqual({ rowsRead: 2000, rows: 1 });
  }, 40_000);
});
