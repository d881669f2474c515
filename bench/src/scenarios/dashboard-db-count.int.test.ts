import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  describeLive,
  LIVE_POSTGRES,
} from '../../../packages/engines/src/test-support/live-services.js';
import { scansDuring } from './dashboard-db-count.js';

/** A table of its own: nothing else scans it while the test counts. */
const TARGET = { schema: 'bench_dashboard_count_test', table: 'items' };

await describeLive(LIVE_POSTGRES, "PostgreSQL's count of a table's scans", () => {
  let pool: pg.Pool;
  beforeAll(async () => {
    // No parallel workers, so one statement is exactly one scan.
    pool = new pg.Pool({
      connectionString: 'postgresql://postgres@127.0.0.1:5432/test',
      max: 2,
      options: '-c max_parallel_workers_per_gather=0',
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

  it('counts the statements that read the table, once each, from another connection', async () => {
    const sql = `SELECT count(*) FROM ${TARGET.schema}.${TARGET.table}`;
    const scans = await scansDuring(pool, TARGET, async () => {
      // Two at once on two connections, then a third: three statements, three scans.
      await Promise.all([pool.query(sql), pool.query(sql)]);
      await pool.query(sql);
    });
    expect(scans).toBe(3);
  }, 40_000);
});
