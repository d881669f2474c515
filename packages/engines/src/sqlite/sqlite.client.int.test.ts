import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TimeGrain } from '@superset-ts/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveConnectionSettings } from '../connection/resolve-connection.js';
import { parseSqlalchemyUri } from '../connection/sqlalchemy-uri.js';
import type { EngineClient } from '../spec/client.js';
import { SQLITE_SPEC } from './sqlite.spec.js';

const folder = mkdtempSync(path.join(tmpdir(), 'sqlite-client-'));
const file = path.join(folder, 'examples.db');
const clients: EngineClient[] = [];

async function connect(uri: string): Promise<EngineClient> {
  const settings = resolveConnectionSettings(SQLITE_SPEC, parseSqlalchemyUri(uri), {
    connectTimeoutMs: 5000,
    poolSize: 1,
  });
  const client = (await SQLITE_SPEC.loadClient!())(settings);
  clients.push(client);
  return client;
}

/** Rows without end: only a stop ends this statement. */
const ENDLESS = 'WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT x FROM c';
const ENDLESS_COUNT =
  'WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c';

let db: EngineClient;

beforeAll(async () => {
  // Files are never created by the client, so the fixture file is made here.
  const { default: Database } = await import('better-sqlite3');
  new Database(file).close();
  db = await connect(`sqlite:///${file}`);
  for (const sql of [
    `CREATE TABLE teams (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL UNIQUE)`,
    `CREATE TABLE players (
       id INTEGER PRIMARY KEY, team_id INTEGER REFERENCES teams (id), name TEXT DEFAULT 'anon',
       born DATETIME, score REAL, big BIGINT, photo BLOB)`,
    `CREATE INDEX players_by_team ON players (team_id, name)`,
    `CREATE VIEW scorers AS SELECT name, score FROM players WHERE score > 0`,
    `INSERT INTO teams VALUES (1, 'Ducks'), (2, 'Geese')`,
    `INSERT INTO players VALUES
       (1, 1, 'Ann', '2022-05-04 05:06:07', 1.5, 9007199254740993, x'cafe'),
       (2, 2, 'Bob', NULL, NULL, 42, NULL)`,
  ]) {
    await db.execute(sql);
  }
});

afterAll(async () => {
  await Promise.all(clients.map((client) => client.close()));
  rmSync(folder, { recursive: true, force: true });
});

describe('SQLite client (live, temp file)', () => {
  it('reads the file through an absolute-path URI and round-trips its types', async () => {
    const result = await db.execute('SELECT * FROM players ORDER BY id');
    expect(result.columns.map((c) => [c.name, c.type, c.genericType])).toEqual([
      ['id', 'INTEGER', 0],
      ['team_id', 'INTEGER', 0],
      ['name', 'TEXT', 1],
      ['born', 'DATETIME', 2],
      ['score', 'REAL', 0],
      ['big', 'BIGINT', 0],
      ['photo', 'BLOB', 1],
    ]);
    expect(result.rows).toEqual([
      [1, 1, 'Ann', '2022-05-04 05:06:07', 1.5, '9007199254740993', 'cafe'],
      [2, 2, 'Bob', null, null, 42, null],
    ]);
    expect(result.truncated).toBe(false);
  });

  it('cuts a result at the limit and says so', async () => {
    const result = await db.execute(
      'WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 50) SELECT x FROM c',
      { limit: 10 },
    );
    expect(result.rows).toEqual(Array.from({ length: 10 }, (_, i) => [i + 1]));
    expect(result.truncated).toBe(true);
    const exact = await db.execute('SELECT id FROM teams', { limit: 2 });
    expect(exact.truncated).toBe(false);
  });

  it('streams batches, and leaving the loop closes an endless statement', async () => {
    const seen: number[] = [];
    for await (const batch of db.stream(ENDLESS, { batchSize: 100 })) {
      expect(batch.columns[0]?.name).toBe('x');
      seen.push(batch.rows.length);
      if (seen.length === 3) break;
    }
    expect(seen).toEqual([100, 100, 100]);
    // The process is free again: the next statement answers at once.
    expect((await db.execute('SELECT count(*) FROM teams', { timeoutMs: 2000 })).rows).toEqual([
      [2],
    ]);
  });

  it('stops a statement at its time limit, inside a single long step', async () => {
    const started = Date.now();
    await expect(db.execute(ENDLESS_COUNT, { timeoutMs: 300 })).rejects.toMatchObject({
      code: 'QUERY_TIMEOUT_ERROR',
    });
    expect(Date.now() - started).toBeLessThan(3000);
    // The file is intact and the next statement runs in a fresh process.
    expect((await db.execute('SELECT name FROM teams WHERE id = 2')).rows).toEqual([['Geese']]);
  });

  it('stops a statement on abort and through cancelQuery', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 200);
    await expect(db.execute(ENDLESS_COUNT, { signal: controller.signal })).rejects.toMatchObject({
      code: 'QUERY_CANCELLED_ERROR',
    });

    let cancelId = '';
    const running = db.execute(ENDLESS_COUNT, { onCancelId: (id) => (cancelId = id) });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await db.cancelQuery(cancelId)).toBe(true);
    await expect(running).rejects.toMatchObject({ code: 'QUERY_CANCELLED_ERROR' });
    expect(await db.cancelQuery(cancelId)).toBe(false);
  });

  it('refuses writes when read-only, and leaves the data alone', async () => {
    await expect(
      db.execute(`INSERT INTO teams VALUES (3, 'Swans')`, { readOnly: true }),
    ).rejects.toMatchObject({ code: 'CONNECTION_DATABASE_PERMISSIONS_ERROR' });
    const readOnlyFile = await connect(`sqlite:///${file}?mode=ro`);
    await expect(readOnlyFile.execute(`DELETE FROM teams`)).rejects.toMatchObject({
      code: 'CONNECTION_DATABASE_PERMISSIONS_ERROR',
    });
    expect((await db.execute('SELECT count(*) FROM teams', { readOnly: true })).rows).toEqual([
      [2],
    ]);
  });

  it('describes tables, views, keys and indexes', async () => {
    expect(await db.listSchemas()).toEqual(['main']);
    expect(await db.listTables(null)).toEqual(['players', 'teams']);
    expect(await db.listViews(null)).toEqual(['scorers']);
    const players = await db.getTableMetadata('players', null);
    expect(players.columns.map((c) => [c.name, c.type, c.nullable, c.default])).toEqual([
      ['id', 'INTEGER', true, null],
      ['team_id', 'INTEGER', true, null],
      ['name', 'TEXT', true, "'anon'"],
      ['born', 'DATETIME', true, null],
      ['score', 'REAL', true, null],
      ['big', 'BIGINT', true, null],
      ['photo', 'BLOB', true, null],
    ]);
    expect(players.primaryKey).toEqual({ name: null, column_names: ['id'] });
    expect(players.foreignKeys).toEqual([
      {
        name: null,
        constrained_columns: ['team_id'],
        referred_schema: null,
        referred_table: 'teams',
        referred_columns: ['id'],
      },
    ]);
    expect(players.indexes).toEqual([
      { name: 'players_by_team', column_names: ['team_id', 'name'], unique: false },
    ]);
    const teams = await db.getTableMetadata('teams', null);
    expect(teams.columns.find((c) => c.name === 'name')?.nullable).toBe(false);
    await expect(db.getTableMetadata('nope', null)).rejects.toMatchObject({
      code: 'TABLE_DOES_NOT_EXIST_ERROR',
    });
  });

  it('classifies SQLite errors', async () => {
    await expect(db.execute('SELECT * FROM nope')).rejects.toMatchObject({
      code: 'TABLE_DOES_NOT_EXIST_ERROR',
      message: 'The table "nope" does not exist. A valid table must be used to run this query.',
    });
    await expect(db.execute('SELECT nope FROM teams')).rejects.toMatchObject({
      code: 'COLUMN_DOES_NOT_EXIST_ERROR',
    });
    await expect(db.execute('SELEC 1')).rejects.toMatchObject({ code: 'SYNTAX_ERROR' });
  });

  it('refuses a missing file without creating it', async () => {
    const missing = path.join(folder, 'missing.db');
    const client = await connect(`sqlite:///${missing}`);
    await expect(client.testConnection()).rejects.toMatchObject({
      code: 'CONNECTION_UNKNOWN_DATABASE_ERROR',
      message: expect.stringContaining('does not exist') as string,
    });
    expect(existsSync(missing)).toBe(false);
  });

  it('keeps an in-memory database between statements of one client', async () => {
    const memory = await connect('sqlite://');
    await memory.testConnection();
    await memory.execute('CREATE TABLE t (x INTEGER)');
    await memory.execute('INSERT INTO t VALUES (7)');
    expect((await memory.execute('SELECT x FROM t')).rows).toEqual([[7]]);
    await expect(
      memory.execute('INSERT INTO t VALUES (8)', { readOnly: true }),
    ).rejects.toMatchObject({ code: 'CONNECTION_DATABASE_PERMISSIONS_ERROR' });
  });

  it('truncates to every grain as Superset does', async () => {
    // Superset's own expectations for its SQLite grain expressions.
    const cases: Array<[string, TimeGrain, string]> = [
      ['2022-05-04T05:06:07.89Z', 'PT1S', '2022-05-04 05:06:07'],
      ['2022-05-04T05:06:07.89Z', 'PT5S', '2022-05-04 05:06:05'],
      ['2022-05-04T05:06:37.89Z', 'PT30S', '2022-05-04 05:06:30'],
      ['2022-05-04T05:06:07.89Z', 'PT1M', '2022-05-04 05:06:00'],
      ['2022-05-04T05:06:07.89Z', 'PT5M', '2022-05-04 05:05:00'],
      ['2022-05-04T05:36:07.89Z', 'PT10M', '2022-05-04 05:30:00'],
      ['2022-05-04T05:46:07.89Z', 'PT15M', '2022-05-04 05:45:00'],
      ['2022-05-04T05:36:07.89Z', 'PT30M', '2022-05-04 05:30:00'],
      ['2022-05-04T05:36:07.89Z', 'PT0.5H', '2022-05-04 05:30:00'],
      ['2022-05-04T05:06:07.89Z', 'PT1H', '2022-05-04 05:00:00'],
      ['2022-05-04T07:06:07.89Z', 'PT6H', '2022-05-04 06:00:00'],
      ['2022-05-04T05:06:07.89Z', 'P1D', '2022-05-04 00:00:00'],
      ['2022-05-04T05:06:07.89Z', 'P1W', '2022-05-01 00:00:00'],
      ['2022-05-04T05:06:07.89Z', 'P1M', '2022-05-01 00:00:00'],
      ['2022-05-04T05:06:07.89Z', 'P3M', '2022-04-01 00:00:00'],
      ['2022-12-04T05:06:07.89Z', 'P0.25Y', '2022-10-01 00:00:00'],
      ['2022-05-04T05:06:07.89Z', 'P1Y', '2022-01-01 00:00:00'],
      ['2022-05-04T05:06:07.89Z', 'P1W/1970-01-03T00:00:00Z', '2022-05-07 00:00:00'],
      ['2022-05-04T05:06:07.89Z', 'P1W/1970-01-04T00:00:00Z', '2022-05-08 00:00:00'],
      ['2022-05-04T05:06:07.89Z', '1969-12-28T00:00:00Z/P1W', '2022-05-01 00:00:00'],
      ['2022-05-04T05:06:07.89Z', '1969-12-29T00:00:00Z/P1W', '2022-05-02 00:00:00'],
    ];
    expect(cases.map(([, grain]) => grain).sort()).toEqual(SQLITE_SPEC.dialect.timeGrains().sort());
    for (const [input, grain, expected] of cases) {
      const expression = SQLITE_SPEC.dialect.timeGrainExpression(`'${input}'`, grain);
      const { rows } = await db.execute(`SELECT ${expression}`);
      expect([grain, rows[0]?.[0]]).toEqual([grain, expected]);
    }
    const epoch = SQLITE_SPEC.dialect.epochExpression('1651640767', 'epoch_s');
    expect((await db.execute(`SELECT ${epoch}`)).rows).toEqual([['2022-05-04 05:06:07']]);
  });
});
