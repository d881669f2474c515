import mysql from 'mysql2/promise';
import type { Pool, RowDataPacket } from 'mysql2/promise';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  describeLive,
  LIVE_MARIADB,
} from '../../../packages/engines/src/test-support/live-services.js';
import { MARKER_TABLE } from './dataset-contract.js';
import { bhSql, ensureMariaDbDataset } from './mariadb-dataset.js';

/** The design's hash in BigInt arithmetic (performance.md §5.1; `#` and `^` are both XOR). */
function bh(g: bigint, k: bigint): bigint {
  const m = 2147483648n;
  const a = (g * (2654435761n + 2n * k)) % m;
  const b = ((a ^ (a >> 13n)) * 1274126177n) % m;
  return b ^ (b >> 16n);
}

/** A database of its own: the benchmark's bench_chart databases are never touched. */
const DATASET = { schema: 'bench_mariadb_dataset_test', tripsRows: 100_000, riderRows: 500 };

await describeLive(LIVE_MARIADB, 'the MariaDB dataset generator', () => {
  let pool: Pool;
  beforeAll(() => {
    pool = mysql.createPool({ uri: 'mysql://root@127.0.0.1:3306/test', connectionLimit: 1 });
  });
  afterAll(async () => {
    await pool.query(`DROP DATABASE IF EXISTS ${DATASET.schema}`);
    await pool.end();
  });

  it("computes the design's hash on MariaDB's BIGINT", async () => {
    for (const [g, k] of [
      [1n, 1n],
      [123_456n, 11n],
      [10_000_000n, 15n],
    ] as const) {
      const [rows] = await pool.query<RowDataPacket[]>(
        `SELECT CAST(${bhSql(String(g), Number(k))} AS CHAR) AS h`,
      );
      expect(rows[0]?.h).toBe(String(bh(g, k)));
    }
  });

  it('builds the design rows server-side, then reuses complete tables', async () => {
    await pool.query(`DROP DATABASE IF EXISTS ${DATASET.schema}`);
    const first = await ensureMariaDbDataset(pool, DATASET);
    expect(first).toMatchObject({ tripsBuilt: true, riderBuilt: true });
    // The checksums of performance.md §5.1 at n = 100,000, PostgreSQL's own.
    const [rows] = await pool.query<RowDataPacket[]>(
      `SELECT count(*) AS n, count(DISTINCT rider_id) AS riders,
              count(DISTINCT driver_id) AS drivers, CAST(sum(total_amount) AS CHAR) AS total,
              DATE_FORMAT(min(pickup_ts), '%Y-%m-%d %H:%i:%s') AS first
       FROM ${DATASET.schema}.trips`,
    );
    expect({ ...rows[0] }).toEqual({
      n: 100000,
      riders: 50707,
      drivers: 19878,
      total: '3180663.91',
      first: '2023-01-01 00:00:05',
    });
    const second = await ensureMariaDbDataset(pool, DATASET);
    expect(second).toEqual({
      tripsBuilt: false,
      riderBuilt: false,
      tripsMs: 0,
      riderMs: 0,
      analyzeMs: 0,
    });
  });

  it('builds a table again when its rows are missing or its marker is of another generator', async () => {
    await pool.query(
      `DELETE FROM ${DATASET.schema}.dim_rider WHERE rider_id = ${DATASET.riderRows}`,
    );
    await pool.query(
      `UPDATE ${DATASET.schema}.${MARKER_TABLE} SET generator_version = 'older' WHERE table_name = 'trips'`,
    );
    const again = await ensureMariaDbDataset(pool, DATASET);
    expect(again).toMatchObject({ tripsBuilt: true, riderBuilt: true });
    const [rows] = await pool.query<RowDataPacket[]>(
      `SELECT count(*) AS n FROM ${DATASET.schema}.dim_rider`,
    );
    expect(rows[0]?.n).toBe(DATASET.riderRows);
  });
});
