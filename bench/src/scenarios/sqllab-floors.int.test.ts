import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  describeLive,
  LIVE_POSTGRES,
} from '../../../packages/engines/src/test-support/live-services.js';
import {
  copyCsvToNode,
  exportCsvWithCursor,
  readObjectRows,
  readRawArrays,
} from './sqllab-floors.js';

const SQL = `SELECT g AS id, 'a,"b"' || g AS label, g % 2 = 0 AS even FROM generate_series(1, 12345) AS g`;

await describeLive(LIVE_POSTGRES, 'SQL Lab floors on the stock driver', () => {
  let pool: pg.Pool;
  beforeAll(() => {
    pool = new pg.Pool({ connectionString: 'postgresql://postgres@127.0.0.1:5432/test', max: 1 });
  });
  afterAll(() => pool.end());

  it('reads every row as objects and as raw arrays', async () => {
    expect((await readObjectRows(pool, SQL)).rows).toBe(12345);
    expect((await readRawArrays(pool, SQL)).rows).toBe(12345);
  });

  it('counts the rows of COPY CSV received into Node, header excluded', async () => {
    const read = await copyCsvToNode(pool, SQL);
    expect(read.rows).toBe(12345);
    expect(read.bytes).toBeGreaterThan(12345 * 10);
    // The connection is usable again after the COPY.
    expect((await pool.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
  });

  it('formats the same rows as CSV in process, quoting as COPY does', async () => {
    const copied = await copyCsvToNode(pool, SQL);
    const formatted = await exportCsvWithCursor(pool, SQL);
    expect(formatted.rows).toBe(12345);
    expect(formatted.bytes).toBe(copied.bytes);
  });

  it('rejects a COPY the database refuses, and the connection stays usable', async () => {
    await expect(copyCsvToNode(pool, 'SELECT * FROM no_such_table_here')).rejects.toThrow(
      /no_such_table_here/,
    );
    expect((await pool.query('SELECT 2 AS two')).rows).toEqual([{ two: 2 }]);
  });
});
