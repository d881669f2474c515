import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  describeLive,
  LIVE_POSTGRES,
} from '../../../packages/engines/src/test-support/live-services.js';
import { scansOfOneCursorRead } from './stampede-scan-unit.js';

/** A table of its own, dropped afterwards. */
const TARGET = { schema: 'bench_stampede_unit_test', table: 'items' };

await describeLive(LIVE_POSTGRES, 'the scans of one execution read through a cursor', () => {
  let pool: pg.Pool;
  beforeAll(async () => {
    pool = new pg.Pool({ connectionString: 'postgresql://postgres@127.0.0.1:5432/test', max: 2 });
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

  it("counts the statement's own scans, not another session's at the same time", async () => {
    const table = `${TARGET.schema}.${TARGET.table}`;
    const [once] = await Promise.all([
      scansOfOneCursorRead(pool, TARGET, `SELECT id FROM ${table} WHERE id % 10 = 0`),
      pool.query(`SELECT count(*) FROM ${table}`),
    ]);
    expect(once).toEqual({ scans: 1, rows: 100 });
    // A self-join reads the table twice in one execution.
    const twice = await scansOfOneCursorRead(
      pool,
      TARGET,
      `SELECT count(*) FROM ${table} a JOIN ${table} b ON a.id = b.id`,
    );
    expect(twice).toEqual({ scans: 2, rows: 1 });
  }, 10_000);
});
