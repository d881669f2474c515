import { afterAll, beforeAll, expect, it } from 'vitest';
import type { EngineClient, RowBatch } from '../spec/client.js';
import { describeLive, LIVE_MARIADB, scratchName } from '../test-support/live-services.js';
import { eventually, openLiveClient } from '../test-support/live-clients.js';
import { MARIADB_SPEC } from './mariadb.spec.js';

const server = `mariadb://root@${LIVE_MARIADB.host}:${LIVE_MARIADB.port}`;
const database = scratchName('maria_client');

await describeLive(LIVE_MARIADB, 'MariaDB client (live)', () => {
  let admin: EngineClient;
  let client: EngineClient;

  beforeAll(async () => {
    admin = await openLiveClient(MARIADB_SPEC, `${server}/test`);
    await admin.execute(`CREATE DATABASE \`${database}\``);
    client = await openLiveClient(MARIADB_SPEC, `${server}/${database}`, { poolSize: 2 });
  });

  afterAll(async () => {
    await client?.close();
    await admin?.execute(`DROP DATABASE IF EXISTS \`${database}\``);
    await admin?.close();
  });

  const countRunning = async (marker: string) => {
    const { rows } = await admin.execute(
      `SELECT COUNT(*) FROM information_schema.PROCESSLIST
       WHERE INFO LIKE '%${marker}%' AND ID <> CONNECTION_ID()`,
    );
    return rows[0]?.[0];
  };

  it('round-trips each common type as a JSON-friendly cell with its native type', async () => {
    await client.execute(`CREATE TABLE typed (
      i INT, big BIGINT, dec_value DECIMAL(10, 2), f DOUBLE, t VARCHAR(20), b BOOLEAN,
      d DATE, ts DATETIME(3), j JSON, bin VARBINARY(4), nothing TEXT)`);
    await client.execute(`INSERT INTO typed VALUES (42, 9007199254740993, 12.50, 1.5, 'text',
      TRUE, '2024-02-29', '2024-02-29 13:14:15.123', '{"a": [1, 2]}', x'0102ff', NULL)`);
    const result = await client.execute('SELECT * FROM typed');
    expect(result.rows).toEqual([
      [
        42,
        '9007199254740993',
        12.5,
        1.5,
        'text',
        1,
        new Date('2024-02-29T00:00:00Z'),
        new Date('2024-02-29T13:14:15.123Z'),
        '{"a": [1, 2]}',
        '0x0102ff',
        null,
      ],
    ]);
    expect(result.columns.map((c) => [c.name, c.type, c.genericType])).toEqual([
      ['i', 'LONG', 0],
      ['big', 'LONGLONG', 0],
      ['dec_value', 'NEWDECIMAL', 0],
      ['f', 'DOUBLE', 0],
      ['t', 'VAR_STRING', 1],
      ['b', 'TINY', 0],
      ['d', 'DATE', 2],
      ['ts', 'DATETIME', 2],
      ['j', 'JSON', 1],
      ['bin', 'VAR_STRING', 1],
      ['nothing', 'BLOB', 1],
    ]);
    const small = await client.execute('SELECT CAST(12 AS SIGNED) AS n');
    expect(small.rows).toEqual([[12]]);
  });

  it('reads at most `limit` rows and says when there were more', async () => {
    const series = 'SELECT seq FROM seq_1_to_10';
    const cut = await client.execute(series, { limit: 3 });
    expect(cut.rows).toEqual([[1], [2], [3]]);
    expect(cut.truncated).toBe(true);
    expect((await client.execute(series, { limit: 10 })).truncated).toBe(false);
    const empty = await client.execute('SELECT seq AS n FROM seq_1_to_10 WHERE seq > 99');
    expect(empty).toMatchObject({ rows: [], truncated: false, columns: [{ name: 'n' }] });
    // Far more rows than the limit: reading stops and the statement is killed.
    const huge = await client.execute('SELECT seq FROM seq_1_to_100000000', { limit: 2 });
    expect(huge).toMatchObject({ rows: [[1], [2]], truncated: true });
    expect(await eventually(async () => (await countRunning('seq_1_to_100000000')) === 0)).toBe(
      true,
    );
  });

  it('streams in batches, and leaving the loop early gives the connection back', async () => {
    const sizes: number[] = [];
    for await (const batch of client.stream('SELECT seq FROM seq_1_to_25', { batchSize: 10 })) {
      sizes.push(batch.rows.length);
    }
    expect(sizes).toEqual([10, 10, 5]);

    // Twice as many early exits as the pool has connections: a leak would hang here.
    for (let i = 0; i < 4; i += 1) {
      let first: RowBatch | undefined;
      for await (const batch of client.stream('SELECT seq FROM seq_1_to_10000000', {
        batchSize: 5,
      })) {
        first = batch;
        break;
      }
      expect(first?.rows).toEqual([[1], [2], [3], [4], [5]]);
    }
    expect((await client.execute('SELECT 1')).rows).toEqual([[1]]);
  });

  it('stops a statement at its time limit and keeps working afterwards', async () => {
    const started = Date.now();
    await expect(
      client.execute('SELECT SLEEP(30) AS timeout_probe', { timeoutMs: 300 }),
    ).rejects.toMatchObject({ code: 'QUERY_TIMEOUT_ERROR' });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(await eventually(async () => (await countRunning('timeout_probe')) === 0)).toBe(true);
    expect((await client.execute('SELECT 2')).rows).toEqual([[2]]);
  });

  it('kills on abort, in the server too, after reporting the connection id', async () => {
    const controller = new AbortController();
    let cancelId: string | undefined;
    const failure = client
      .execute('SELECT SLEEP(30) AS abort_probe', {
        signal: controller.signal,
        onCancelId: (id) => (cancelId = id),
      })
      .catch((error: unknown) => error);
    await eventually(async () => (await countRunning('abort_probe')) === 1);
    controller.abort();
    expect(await failure).toMatchObject({ code: 'QUERY_CANCELLED_ERROR' });
    expect(cancelId).toMatch(/^\d+$/);
    expect(await eventually(async () => (await countRunning('abort_probe')) === 0)).toBe(true);
  });

  it('kills a statement by the id it reported', async () => {
    let cancelId = '';
    const failure = client
      .execute(
        'SELECT * FROM seq_1_to_10 WHERE SLEEP(30) = 0 AND seq = 1 AND "cancel_probe" <> ""',
        {
          onCancelId: (id) => (cancelId = id),
        },
      )
      .catch((error: unknown) => error);
    await eventually(async () => (await countRunning('cancel_probe')) === 1);
    expect(await client.cancelQuery(cancelId)).toBe(true);
    expect(await failure).toMatchObject({ code: 'QUERY_CANCELLED_ERROR' });
    expect(await eventually(async () => (await countRunning('cancel_probe')) === 0)).toBe(true);
    expect(await client.cancelQuery('1; DROP TABLE x')).toBe(false);
  });

  it('refuses writes in a read-only run', async () => {
    await client.execute('CREATE TABLE ro_probe (id INT)');
    await expect(
      client.execute('INSERT INTO ro_probe VALUES (1)', { readOnly: true }),
    ).rejects.toThrow(/READ ONLY transaction/i);
    expect((await client.execute('SELECT COUNT(*) FROM ro_probe')).rows).toEqual([[0]]);
    expect((await client.execute('SELECT 1', { readOnly: true })).rows).toEqual([[1]]);
  });

  it('resolves unqualified names in the given schema for that run only', async () => {
    const side = `${database}_side`;
    await admin.execute(`CREATE DATABASE \`${side}\``);
    try {
      await admin.execute(`CREATE TABLE \`${side}\`.only_here (v TEXT)`);
      await admin.execute(`INSERT INTO \`${side}\`.only_here VALUES ('found')`);
      const found = await client.execute('SELECT v FROM only_here', { schema: side });
      expect(found.rows).toEqual([['found']]);
      await expect(client.execute('SELECT v FROM only_here')).rejects.toMatchObject({
        code: 'TABLE_DOES_NOT_EXIST_ERROR',
      });
    } finally {
      await admin.execute(`DROP DATABASE \`${side}\``);
    }
  });

  it('runs one statement per query and never sends a local file', async () => {
    await expect(client.execute('SELECT 1; SELECT 2')).rejects.toMatchObject({
      code: 'SYNTAX_ERROR',
    });
    // The server here allows local_infile; the client's capability flag is what refuses it.
    await client.execute('CREATE TABLE infile_probe (line TEXT)');
    await expect(
      client.execute(`LOAD DATA LOCAL INFILE '/etc/hostname' INTO TABLE infile_probe`),
    ).rejects.toThrow(/local infile capability/);
    expect((await client.execute('SELECT COUNT(*) FROM infile_probe')).rows).toEqual([[0]]);
  });
});
