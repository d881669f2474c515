import { createServer, type AddressInfo, type Socket } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { EngineClient, RowBatch } from '../spec/client.js';
import { describeLive, LIVE_POSTGRES, scratchName } from '../test-support/live-services.js';
import { eventually, openLiveClient } from '../test-support/live-clients.js';
import { POSTGRES_DIALECT } from './postgres.dialect.js';
import { createPgClient } from './postgres.client.js';
import { loadPgDriver } from './pg-driver.js';
import { POSTGRES_SPEC } from './postgres.spec.js';
import { resolveConnectionSettings } from '../connection/resolve-connection.js';
import { parseSqlalchemyUri } from '../connection/sqlalchemy-uri.js';

const server = `postgresql://postgres@${LIVE_POSTGRES.host}:${LIVE_POSTGRES.port}`;
const database = scratchName('pg_client');

await describeLive(LIVE_POSTGRES, 'PostgreSQL client (live)', () => {
  let admin: EngineClient;
  let client: EngineClient;

  beforeAll(async () => {
    admin = await openLiveClient(POSTGRES_SPEC, `${server}/test`);
    await admin.execute(`CREATE DATABASE "${database}"`);
    client = await openLiveClient(POSTGRES_SPEC, `${server}/${database}`, { poolSize: 2 });
  });

  afterAll(async () => {
    await client?.close();
    await admin?.execute(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await admin?.close();
  });

  const countActive = async (marker: string) => {
    const { rows } = await admin.execute(
      `SELECT count(*) FROM pg_stat_activity
       WHERE state = 'active' AND query LIKE '%${marker}%' AND pid <> pg_backend_pid()`,
    );
    return rows[0]?.[0];
  };

  it('round-trips each common type as a JSON-friendly cell with its native type', async () => {
    const result = await client.execute(`
      SELECT 42::int AS i, 9007199254740993::bigint AS big, 12::bigint AS small_big,
             12.50::numeric(10,2) AS dec, 1.5::float8 AS f, 'text'::text AS t, true AS b,
             DATE '2024-02-29' AS d, TIMESTAMP '2024-02-29 13:14:15.123' AS ts,
             TIMESTAMPTZ '2024-02-29 13:14:15+02' AS tstz, '{"a": [1, 2]}'::jsonb AS j,
             '\\x0102ff'::bytea AS bin, ARRAY[1, 2]::int[] AS arr, NULL::text AS nothing`);
    expect(result.rows).toEqual([
      [
        42,
        '9007199254740993',
        12,
        12.5,
        1.5,
        'text',
        true,
        new Date('2024-02-29T00:00:00Z'),
        new Date('2024-02-29T13:14:15.123Z'),
        new Date('2024-02-29T11:14:15Z'),
        '{"a": [1, 2]}',
        '\\x0102ff',
        '[1,2]',
        null,
      ],
    ]);
    expect(result.truncated).toBe(false);
    expect(result.columns.map((c) => [c.name, c.type, c.genericType])).toEqual([
      ['i', 'int4', 0],
      ['big', 'int8', 0],
      ['small_big', 'int8', 0],
      ['dec', 'numeric', 0],
      ['f', 'float8', 0],
      ['t', 'text', 1],
      ['b', 'bool', 3],
      ['d', 'date', 2],
      ['ts', 'timestamp', 2],
      ['tstz', 'timestamptz', 2],
      ['j', 'jsonb', 1],
      ['bin', 'bytea', 1],
      ['arr', 'int4[]', 1],
      ['nothing', 'text', 1],
    ]);
  });

  it('reads at most `limit` rows and says when there were more', async () => {
    const cut = await client.execute('SELECT g FROM generate_series(1, 10) g', { limit: 3 });
    expect(cut.rows).toEqual([[1], [2], [3]]);
    expect(cut.truncated).toBe(true);
    const exact = await client.execute('SELECT g FROM generate_series(1, 3) g', { limit: 3 });
    expect(exact.truncated).toBe(false);
    const empty = await client.execute('SELECT g AS n FROM generate_series(1, 0) g');
    expect(empty).toMatchObject({ rows: [], truncated: false, columns: [{ name: 'n' }] });
    // A whole batch of rows, then a read at the cursor's end: the columns are the rows'.
    const batch = await client.execute('SELECT g FROM generate_series(1, 10000) g', {
      limit: 20_000,
    });
    expect(batch).toMatchObject({ truncated: false, columns: [{ name: 'g' }] });
    expect(batch.rows).toHaveLength(10_000);
  });

  it('runs a statement read whole (no limit, or limited in its SQL) with parallel workers, one read by a cursor without', async () => {
    // A parallel-safe function answering the pid of the process that evaluates it, and a
    // role whose sessions put every parallel-safe plan under a Gather (a worker runs it).
    await client.execute(`CREATE FUNCTION evaluating_pid() RETURNS int LANGUAGE plpgsql
      PARALLEL SAFE AS $$ BEGIN RETURN pg_backend_pid(); END $$`);
    const { rows } = await admin.execute(`SELECT name FROM pg_settings
      WHERE name IN ('debug_parallel_query', 'force_parallel_mode')`);
    const role = `parallel_${database}`;
    await admin.execute(`CREATE ROLE "${role}" LOGIN`);
    await admin.execute(`ALTER ROLE "${role}" SET ${String(rows[0]?.[0])} = on`);
    const probe = await openLiveClient(
      POSTGRES_SPEC,
      `postgresql://${role}@${server.split('@')[1]}/${database}`,
    );
    try {
      const sessions: string[] = [];
      const onCancelId = (pid: string) => sessions.push(pid);
      const whole = await probe.execute('SELECT evaluating_pid()', { onCancelId });
      const limited = await probe.execute('SELECT evaluating_pid()', { onCancelId, limit: 5 });
      const bounded = await probe.execute('SELECT evaluating_pid() LIMIT 6', {
        onCancelId,
        limit: 5,
        isBoundedBySql: true,
      });
      expect(String(whole.rows[0]?.[0])).not.toBe(sessions[0]);
      expect(String(limited.rows[0]?.[0])).toBe(sessions[1]);
      expect(String(bounded.rows[0]?.[0])).not.toBe(sessions[2]);
    } finally {
      await probe.close();
      await admin.execute(`DROP ROLE "${role}"`);
    }
  });

  it('streams in batches, and leaving the loop early gives the connection back', async () => {
    const sizes: number[] = [];
    for await (const batch of client.stream('SELECT g FROM generate_series(1, 25) g', {
      batchSize: 10,
    })) {
      sizes.push(batch.rows.length);
    }
    expect(sizes).toEqual([10, 10, 5]);

    // Twice as many early exits as the pool has connections: a leak would hang here.
    for (let i = 0; i < 4; i += 1) {
      let first: RowBatch | undefined;
      for await (const batch of client.stream('SELECT g FROM generate_series(1, 1000000) g', {
        batchSize: 5,
      })) {
        first = batch;
        break;
      }
      expect(first?.rows).toEqual([[1], [2], [3], [4], [5]]);
    }
    expect((await client.execute('SELECT 1')).rows).toEqual([[1]]);
  });

  it('streams text cells with readers that give the typed cells, when asked', async () => {
    const sql = `
      SELECT 42::int AS i, 9007199254740993::bigint AS big, 12.50::numeric(10,2) AS dec,
             1.5::float8 AS f, 'a,b'::text AS t, g % 2 = 0 AS b, DATE '2024-02-29' AS d,
             TIMESTAMP '2024-02-29 13:14:15.123456' + g * INTERVAL '1 day' AS ts,
             TIMESTAMPTZ '2024-02-29 13:14:15+02' AS tstz, '{"a": [1, 2]}'::jsonb AS j,
             ARRAY[1, g]::int[] AS arr, NULL::text AS nothing
      FROM generate_series(1, 7) AS g`;
    const collect = async (cells: 'typed' | 'text') => {
      const batches: RowBatch[] = [];
      for await (const batch of client.stream(sql, { batchSize: 3, cells })) batches.push(batch);
      return batches;
    };
    const typed = await collect('typed');
    const text = await collect('text');
    expect(text.map((batch) => batch.rows.length)).toEqual([3, 3, 1]);
    expect(typed.every((batch) => batch.readers === undefined)).toBe(true);
    expect(text[0]?.rows[0]).toEqual([
      '42',
      '9007199254740993',
      '12.50',
      '1.5',
      'a,b',
      'f',
      '2024-02-29',
      '2024-03-01 13:14:15.123456',
      '2024-02-29 11:14:15+00',
      '{"a": [1, 2]}',
      '{1,1}',
      null,
    ]);
    expect(text[0]?.columns).toEqual(typed[0]?.columns);
    const readRows = text.flatMap(({ rows, readers = [] }) =>
      rows.map((row) =>
        row.map((cell, i) => (cell === null ? null : readers[i]?.read(cell as string))),
      ),
    );
    expect(readRows).toEqual(typed.flatMap((batch) => batch.rows));
    expect(text[0]?.readers?.map((reader) => reader.kind)).toEqual([
      'number',
      'number',
      'number',
      'number',
      'text',
      'other',
      'date-time',
      'date-time',
      'date-time',
      'text',
      'other',
      'text',
    ]);
  });

  it('reads ahead within the limit, and an early exit or a failure mid-stream frees the connection', async () => {
    const sizes: number[] = [];
    const sql = 'SELECT g FROM generate_series(1, 1000) g';
    for await (const batch of client.stream(sql, { batchSize: 4, limit: 10, cells: 'text' })) {
      sizes.push(batch.rows.length);
    }
    expect(sizes).toEqual([4, 4, 2]);
    const none: RowBatch[] = [];
    for await (const batch of client.stream(sql, { limit: 0 })) none.push(batch);
    expect(none).toMatchObject([{ rows: [], columns: [{ name: 'g' }] }]);

    for (let i = 0; i < 4; i += 1) {
      for await (const batch of client.stream(sql, { batchSize: 2, cells: 'text' })) {
        expect(batch.rows).toEqual([['1'], ['2']]);
        break;
      }
    }
    const failing = async () => {
      const rows: unknown[] = [];
      const division = 'SELECT 10 / (5 - g) AS q FROM generate_series(1, 9) g';
      for await (const batch of client.stream(division, { batchSize: 2 })) rows.push(...batch.rows);
      return rows;
    };
    await expect(failing()).rejects.toThrow(/division by zero/);
    expect((await client.execute('SELECT 1')).rows).toEqual([[1]]);
  });

  it('cancels a stream aborted while the next batch is being read ahead', async () => {
    const controller = new AbortController();
    const seen: unknown[] = [];
    const reading = (async () => {
      const sql = 'SELECT g, pg_sleep(0.05) AS stream_abort_probe FROM generate_series(1, 200) g';
      for await (const batch of client.stream(sql, { batchSize: 2, signal: controller.signal })) {
        seen.push(...batch.rows);
        controller.abort();
      }
    })();
    await expect(reading).rejects.toMatchObject({ code: 'QUERY_CANCELLED_ERROR' });
    expect(seen).toHaveLength(2);
    expect(await eventually(async () => (await countActive('stream_abort_probe')) === 0)).toBe(
      true,
    );
    expect((await client.execute('SELECT 4')).rows).toEqual([[4]]);
  });

  it('stops a statement at its time limit and keeps working afterwards', async () => {
    const started = Date.now();
    await expect(
      client.execute('SELECT pg_sleep(30) AS timeout_probe', { timeoutMs: 300 }),
    ).rejects.toMatchObject({ code: 'QUERY_TIMEOUT_ERROR' });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(await eventually(async () => (await countActive('timeout_probe')) === 0)).toBe(true);
    expect((await client.execute('SELECT 2')).rows).toEqual([[2]]);
  });

  it('cancels on abort, in the server too, after reporting the backend pid', async () => {
    const controller = new AbortController();
    let cancelId: string | undefined;
    const running = client.execute('SELECT pg_sleep(30) AS abort_probe', {
      signal: controller.signal,
      onCancelId: (id) => (cancelId = id),
    });
    await eventually(async () => (await countActive('abort_probe')) === 1);
    controller.abort();
    await expect(running).rejects.toMatchObject({ code: 'QUERY_CANCELLED_ERROR' });
    expect(cancelId).toMatch(/^\d+$/);
    expect(await eventually(async () => (await countActive('abort_probe')) === 0)).toBe(true);
  });

  it('cancels a statement by the id it reported', async () => {
    let cancelId = '';
    const failure = client
      .execute('SELECT pg_sleep(30) AS cancel_probe', { onCancelId: (id) => (cancelId = id) })
      .catch((error: unknown) => error);
    await eventually(async () => (await countActive('cancel_probe')) === 1);
    expect(await client.cancelQuery(cancelId)).toBe(true);
    expect(await failure).toMatchObject({ code: 'QUERY_CANCELLED_ERROR' });
    expect(await client.cancelQuery('1; DROP TABLE x')).toBe(false);
  });

  it('without a cancel statement, aborting closes the session', async () => {
    const driver = await loadPgDriver();
    const settings = resolveConnectionSettings(
      POSTGRES_SPEC,
      parseSqlalchemyUri(`${server}/${database}`),
      { connectTimeoutMs: 5_000, poolSize: 1 },
    );
    const closing = createPgClient(driver, settings, {
      dialect: POSTGRES_DIALECT,
      cancelSql: null,
    });
    try {
      const started = Date.now();
      await expect(
        closing.execute('SELECT pg_sleep(30)', { signal: AbortSignal.timeout(200) }),
      ).rejects.toMatchObject({ code: 'QUERY_CANCELLED_ERROR' });
      expect(Date.now() - started).toBeLessThan(5_000);
      expect((await closing.execute('SELECT 3')).rows).toEqual([[3]]);
      expect(await closing.cancelQuery('123')).toBe(false);
    } finally {
      await closing.close();
    }
  });

  it('queues requests for a full pool beyond the connect timeout instead of refusing them', async () => {
    const driver = await loadPgDriver();
    const settings = resolveConnectionSettings(
      POSTGRES_SPEC,
      parseSqlalchemyUri(`${server}/${database}`),
      { connectTimeoutMs: 200, poolSize: 2 },
    );
    const small = createPgClient(driver, settings, { dialect: POSTGRES_DIALECT, cancelSql: null });
    try {
      const runs = Array.from({ length: 10 }, (_, i) =>
        small.execute(`SELECT ${i} AS n, pg_sleep(0.3)`, { timeoutMs: 10_000 }),
      );
      const results = await Promise.all(runs);
      expect(results.map((result) => result.rows[0]?.[0])).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    } finally {
      await small.close();
    }
  });

  it('gives up waiting for a free connection at the run time limit and keeps the pool whole', async () => {
    const driver = await loadPgDriver();
    const settings = resolveConnectionSettings(
      POSTGRES_SPEC,
      parseSqlalchemyUri(`${server}/${database}`),
      { connectTimeoutMs: 5_000, poolSize: 1 },
    );
    const single = createPgClient(driver, settings, { dialect: POSTGRES_DIALECT, cancelSql: null });
    try {
      const busy = single.execute('SELECT pg_sleep(0.6)');
      const started = Date.now();
      await expect(single.execute('SELECT 1', { timeoutMs: 150 })).rejects.toMatchObject({
        code: 'QUERY_TIMEOUT_ERROR',
      });
      expect(Date.now() - started).toBeLessThan(500);
      await busy;
      expect((await single.execute('SELECT 2')).rows).toEqual([[2]]);
    } finally {
      await single.close();
    }
  });

  it('still fails at the connect timeout when a server never answers', async () => {
    const sockets: Socket[] = [];
    const silent = createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as AddressInfo;
    const driver = await loadPgDriver();
    const settings = resolveConnectionSettings(
      POSTGRES_SPEC,
      parseSqlalchemyUri(`postgresql://postgres@127.0.0.1:${port}/test?connect_timeout=1`),
      { connectTimeoutMs: 5_000, poolSize: 1 },
    );
    const unanswered = createPgClient(driver, settings, {
      dialect: POSTGRES_DIALECT,
      cancelSql: null,
    });
    try {
      const started = Date.now();
      await expect(unanswered.execute('SELECT 1')).rejects.toMatchObject({
        code: 'CONNECTION_DATABASE_TIMEOUT',
      });
      expect(Date.now() - started).toBeLessThan(3_000);
    } finally {
      await unanswered.close();
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    }
  });

  it('refuses writes in a read-only run and rolls back', async () => {
    await client.execute('CREATE TABLE ro_probe (id int)');
    await expect(
      client.execute('INSERT INTO ro_probe VALUES (1)', { readOnly: true }),
    ).rejects.toThrow(/read-only transaction/);
    expect((await client.execute('SELECT count(*) FROM ro_probe')).rows).toEqual([[0]]);
    expect((await client.execute('SELECT 1', { readOnly: true })).rows).toEqual([[1]]);
  });

  it('resolves unqualified names in the given schema for that run only', async () => {
    await client.execute('CREATE SCHEMA side');
    await client.execute(`CREATE TABLE side.only_here (v text)`);
    await client.execute(`INSERT INTO side.only_here VALUES ('found')`);
    const found = await client.execute('SELECT v FROM only_here', { schema: 'side' });
    expect(found.rows).toEqual([['found']]);
    await expect(client.execute('SELECT v FROM only_here')).rejects.toMatchObject({
      code: 'TABLE_DOES_NOT_EXIST_ERROR',
    });
  });

  it('classifies SQL errors with the dialect', async () => {
    await expect(client.execute('SELEC 1')).rejects.toMatchObject({ code: 'SYNTAX_ERROR' });
    await expect(client.execute('SELECT nope FROM pg_class')).rejects.toMatchObject({
      code: 'COLUMN_DOES_NOT_EXIST_ERROR',
    });
  });
});
