import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { resolveConnectionSettings } from '../connection/resolve-connection.js';
import { parseSqlalchemyUri } from '../connection/sqlalchemy-uri.js';
import type { EngineClient } from '../spec/client.js';
import { CLICKHOUSE_SPEC } from './clickhouse.spec.js';
import { LIVE_CLICKHOUSE, describeLive } from '../test-support/live-services.js';

const server = `${LIVE_CLICKHOUSE.host}:${LIVE_CLICKHOUSE.port}`;
const database = `superset_ts_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
const clients: EngineClient[] = [];

async function connect(uri: string): Promise<EngineClient> {
  const settings = resolveConnectionSettings(CLICKHOUSE_SPEC, parseSqlalchemyUri(uri), {
    connectTimeoutMs: 3000,
    poolSize: 4,
  });
  const client = (await CLICKHOUSE_SPEC.loadClient!())(settings);
  clients.push(client);
  return client;
}

/** Scans long enough that only a stop ends it, checking for a kill between blocks. */
const ENDLESS_COUNT = 'SELECT count() FROM numbers(100000000000) WHERE number % 7 = 3';

let admin: EngineClient;
let db: EngineClient;

/** Waits until the server no longer lists the statement (a kill takes a moment). */
async function expectGone(queryId: string): Promise<void> {
  const deadline = Date.now() + 5000;
  for (;;) {
    const { rows } = await admin.execute(
      `SELECT count() FROM system.processes WHERE query_id = '${queryId}'`,
    );
    if (rows[0]?.[0] === 0) return;
    if (Date.now() > deadline) throw new Error(`query ${queryId} still runs`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

await describeLive(LIVE_CLICKHOUSE, 'ClickHouse client (live)', () => {
  beforeAll(async () => {
    admin = await connect(`clickhousedb://default@${server}`);
    for (const sql of [
      `CREATE DATABASE ${database}`,
      `CREATE TABLE ${database}.events (
         id Int32, score Nullable(Float64), name String, kind FixedString(1),
         day Date, at DateTime, big UInt64, price Decimal(10, 2), tags Array(String),
         level Enum8('low' = 1, 'high' = 2), note Nullable(String) DEFAULT 'none'
       ) ENGINE = MergeTree ORDER BY id`,
      `CREATE VIEW ${database}.high AS SELECT id FROM ${database}.events WHERE level = 'high'`,
      `INSERT INTO ${database}.events VALUES
         (1, 1.5, 'tab\\there', 'a', '2022-05-04', '2022-05-04 05:06:07', 18446744073709551615,
          12.34, ['x', 'y'], 'high', NULL),
         (2, NULL, 'line\\nbreak', 'b', '2022-05-05', '2022-05-05 00:00:00', 42, 0, [], 'low', 'n')`,
    ]) {
      await admin.execute(sql);
    }
    db = await connect(`clickhousedb://default@${server}/${database}`);
  });

  afterAll(async () => {
    await admin?.execute(`DROP DATABASE IF EXISTS ${database}`);
    await Promise.all(clients.map((client) => client.close()));
  });

  it('round-trips ClickHouse types into plain cells', async () => {
    const result = await db.execute('SELECT * FROM events ORDER BY id');
    expect(result.columns.map((c) => [c.name, c.type, c.genericType])).toEqual([
      ['id', 'Int32', 0],
      ['score', 'Nullable(Float64)', 0],
      ['name', 'String', 1],
      ['kind', 'FixedString(1)', 1],
      ['day', 'Date', 2],
      ['at', 'DateTime', 2],
      ['big', 'UInt64', 0],
      ['price', 'Decimal(10, 2)', 0],
      ['tags', 'Array(String)', 1],
      ['level', "Enum8('low' = 1, 'high' = 2)", 1],
      ['note', 'Nullable(String)', 1],
    ]);
    expect(result.rows).toEqual([
      [
        1,
        1.5,
        'tab\there',
        'a',
        new Date('2022-05-04T00:00:00Z'),
        new Date('2022-05-04T05:06:07Z'),
        '18446744073709551615',
        12.34,
        "['x','y']",
        'high',
        null,
      ],
      [
        2,
        null,
        'line\nbreak',
        'b',
        new Date('2022-05-05T00:00:00Z'),
        new Date('2022-05-05T00:00:00Z'),
        42,
        0,
        '[]',
        'low',
        'n',
      ],
    ]);
    // LowCardinality is experimental in old servers' tables, but every version has the function.
    const wrapped = await db.execute(`SELECT toLowCardinality('lc') AS lc, toNullable(7) AS n`);
    expect(wrapped.columns.map((c) => [c.type, c.genericType])).toEqual([
      ['LowCardinality(String)', 1],
      ['Nullable(UInt8)', 0],
    ]);
    expect(wrapped.rows).toEqual([['lc', 7]]);
  });

  it('cuts a result at the limit and says so, and runs DDL without a result', async () => {
    const result = await db.execute('SELECT number FROM numbers(1000)', { limit: 3 });
    expect(result).toMatchObject({ rows: [[0], [1], [2]], truncated: true });
    const ddl = await db.execute(`CREATE TABLE scratch (a UInt8) ENGINE = Memory`);
    expect(ddl).toEqual({ columns: [], rows: [], truncated: false });
    const inSchema = await admin.execute('SELECT count() FROM scratch', { schema: database });
    expect(inSchema.rows).toEqual([[0]]);
  });

  it('streams batches, and leaving the loop kills the statement', async () => {
    let queryId = '';
    const sizes: number[] = [];
    for await (const batch of db.stream('SELECT number FROM system.numbers', {
      batchSize: 1000,
      onCancelId: (id) => (queryId = id),
    })) {
      expect(batch.columns).toEqual([{ name: 'number', type: 'UInt64', genericType: 0 }]);
      sizes.push(batch.rows.length);
      if (sizes.length === 3) break;
    }
    expect(sizes.every((size) => size >= 1000)).toBe(true);
    await expectGone(queryId);
  });

  it('stops a statement at its time limit, on the server too', async () => {
    let queryId = '';
    const started = Date.now();
    await expect(
      db.execute(ENDLESS_COUNT, { timeoutMs: 500, onCancelId: (id) => (queryId = id) }),
    ).rejects.toMatchObject({ code: 'QUERY_TIMEOUT_ERROR' });
    expect(Date.now() - started).toBeLessThan(3000);
    await expectGone(queryId);
    await expect(db.execute('SELECT sleep(3)', { timeoutMs: 500 })).rejects.toMatchObject({
      code: 'QUERY_TIMEOUT_ERROR',
    });
  });

  it('stops a statement on abort and through cancelQuery', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 300);
    await expect(db.execute(ENDLESS_COUNT, { signal: controller.signal })).rejects.toMatchObject({
      code: 'QUERY_CANCELLED_ERROR',
    });
    let queryId = '';
    const running = db.execute(ENDLESS_COUNT, { onCancelId: (id) => (queryId = id) });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await db.cancelQuery(queryId)).toBe(true);
    await expect(running).rejects.toMatchObject({ code: 'QUERY_CANCELLED_ERROR' });
    await expectGone(queryId);
    expect(await db.cancelQuery(queryId)).toBe(false);
  });

  it('refuses writes and table functions when read-only', async () => {
    const refused = { code: 'CONNECTION_DATABASE_PERMISSIONS_ERROR' };
    await expect(
      db.execute(`INSERT INTO scratch VALUES (1)`, { readOnly: true }),
    ).rejects.toMatchObject(refused);
    await expect(
      db.execute(`CREATE TABLE nope (a UInt8) ENGINE = Memory`, { readOnly: true }),
    ).rejects.toMatchObject(refused);
    await expect(
      db.execute(`SELECT * FROM url('http://${server}/?query=SELECT+1', TSV, 'a String')`, {
        readOnly: true,
        timeoutMs: 5000,
      }),
    ).rejects.toMatchObject(refused);
    const read = await db.execute('SELECT count() FROM events', {
      readOnly: true,
      timeoutMs: 5000,
    });
    expect(read.rows).toEqual([[2]]);
    expect((await db.execute('SELECT count() FROM scratch')).rows).toEqual([[0]]);
  });

  it('describes databases, tables, views and columns', async () => {
    expect(await db.listSchemas()).toEqual(expect.arrayContaining([database, 'system']));
    expect(await db.listTables(null)).toEqual(['events', 'scratch']);
    expect(await admin.listTables(database)).toEqual(['events', 'scratch']);
    expect(await db.listViews(database)).toEqual(['high']);
    const events = await db.getTableMetadata('events', database);
    expect(events.schema).toBe(database);
    expect(events.columns.slice(0, 2)).toEqual([
      { name: 'id', type: 'Int32', genericType: 0, nullable: false, default: null, comment: null },
      {
        name: 'score',
        type: 'Nullable(Float64)',
        genericType: 0,
        nullable: true,
        default: null,
        comment: null,
      },
    ]);
    expect(events.columns.at(-1)).toMatchObject({
      name: 'note',
      // Servers differ in how they print it: 'none', or CAST('none', 'Nullable(String)').
      default: expect.stringContaining("'none'") as string,
    });
    await expect(db.getTableMetadata('nope', database)).rejects.toMatchObject({
      code: 'TABLE_DOES_NOT_EXIST_ERROR',
    });
  });

  it('classifies ClickHouse errors', async () => {
    await expect(db.execute('SELECT * FROM nope')).rejects.toMatchObject({
      code: 'TABLE_DOES_NOT_EXIST_ERROR',
    });
    await expect(db.execute('SELECT nope FROM events')).rejects.toMatchObject({
      code: 'COLUMN_DOES_NOT_EXIST_ERROR',
      message: 'We can\'t seem to resolve the column "nope".',
    });
    await expect(db.execute('SELEC 1')).rejects.toMatchObject({ code: 'SYNTAX_ERROR' });
  });

  it('tells why a connection fails', async () => {
    const wrongPassword = await connect(`clickhousedb://default:wrong-secret@${server}`);
    const error: unknown = await wrongPassword.testConnection().catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: expect.stringMatching(/PASSWORD|ACCESS_DENIED/) as string,
    });
    expect(String((error as Error).message)).not.toContain('wrong-secret');
    await expect(
      (await connect(`clickhousedb://nobody_here@${server}`)).testConnection(),
    ).rejects.toMatchObject({ code: expect.stringMatching(/USERNAME|ACCESS_DENIED/) as string });
    await expect(
      (await connect(`clickhousedb://default@${server}/no_such_db`)).testConnection(),
    ).rejects.toMatchObject({ code: 'CONNECTION_UNKNOWN_DATABASE_ERROR' });
    await expect(
      (await connect(`clickhousedb://default@127.0.0.1:1`)).testConnection(),
    ).rejects.toMatchObject({ code: 'CONNECTION_PORT_CLOSED_ERROR' });
    await db.testConnection();
  });

  it('runs the grain and literal expressions it generates', async () => {
    const { dialect } = CLICKHOUSE_SPEC;
    const at = dialect.convertDttm('DateTime', new Date('2022-05-04T05:36:07Z'));
    expect(at).toBe("toDateTime('2022-05-04 05:36:07')");
    const expected: Record<string, string> = {
      PT1M: '2022-05-04T05:36:00.000Z',
      PT5M: '2022-05-04T05:35:00.000Z',
      PT10M: '2022-05-04T05:30:00.000Z',
      PT15M: '2022-05-04T05:30:00.000Z',
      PT30M: '2022-05-04T05:30:00.000Z',
      PT1H: '2022-05-04T05:00:00.000Z',
      P1D: '2022-05-04T00:00:00.000Z',
      P1W: '2022-05-02T00:00:00.000Z',
      P1M: '2022-05-01T00:00:00.000Z',
      P3M: '2022-04-01T00:00:00.000Z',
      P1Y: '2022-01-01T00:00:00.000Z',
    };
    for (const grain of dialect.timeGrains()) {
      const { rows } = await db.execute(`SELECT ${dialect.timeGrainExpression(at!, grain)}`);
      expect([grain, (rows[0]?.[0] as Date).toISOString()]).toEqual([grain, expected[grain]]);
    }
    const day = dialect.convertDttm('Date', new Date('2022-05-04T05:36:07Z'));
    expect((await db.execute(`SELECT count() FROM events WHERE day = ${day}`)).rows).toEqual([[1]]);
  });
});
