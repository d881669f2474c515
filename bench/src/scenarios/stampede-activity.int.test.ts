import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  describeLive,
  LIVE_POSTGRES,
} from '../../../packages/engines/src/test-support/live-services.js';
import { watchActivity } from './stampede-activity.js';

/** A table of its own, dropped afterwards. */
const TABLE = { schema: 'bench_stampede_activity_test', table: 'items' };
const QUALIFIED = `${TABLE.schema}.${TABLE.table}`;

await describeLive(LIVE_POSTGRES, "PostgreSQL's activity view as a count of executions", () => {
  let pool: pg.Pool;
  beforeAll(async () => {
    pool = new pg.Pool({ connectionString: 'postgresql://postgres@127.0.0.1:5432/test', max: 5 });
    await pool.query(`DROP SCHEMA IF EXISTS ${TABLE.schema} CASCADE`);
    await pool.query(`CREATE SCHEMA ${TABLE.schema}`);
    await pool.query(`CREATE TABLE ${QUALIFIED} AS SELECT 1 AS id`);
  });
  afterAll(async () => {
    await pool.query(`DROP SCHEMA IF EXISTS ${TABLE.schema} CASCADE`);
    await pool.end();
  });

  it('counts each execution of the statement once, and the other statements on the table', async () => {
    const sql = `SELECT pg_sleep(0.3), id FROM ${QUALIFIED} WHERE id > -1`;
    const other = `SELECT pg_sleep(0.3), id FROM "${TABLE.schema}"."${TABLE.table}"`;
    const elsewhere = `SELECT pg_sleep(0.3), 'stampede-activity-elsewhere' AS marker`;
    const seen = await watchActivity(pool, { sql, table: TABLE }, async () => {
      // Two at once on two connections beside two others, then the statement once more.
      await Promise.all([
        pool.query(sql),
        pool.query(sql),
        pool.query(other),
        pool.query(elsewhere),
      ]);
      await pool.query(sql);
    });
    expect(seen).toEqual({ executions: 3, others: 1 });
  }, 10_000);

  it('counts a statement whose text PostgreSQL cut short, not one that only starts alike', async () => {
    const long = `SELECT pg_sleep(0.3), '${'x'.repeat(2_000)}' AS padding, id FROM ${QUALIFIED}`;
    const seen = await watchActivity(pool, { sql: long, table: TABLE }, async () => {
      await Promise.all([pool.query(long), pool.query('SELECT pg_sleep(0.3)')]);
    });
    expect(seen).toEqual({ executions: 1, others: 0 });
  }, 10_000);
});
