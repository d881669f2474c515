import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveConnectionSettings } from '../connection/resolve-connection.js';
import { parseSqlalchemyUri } from '../connection/sqlalchemy-uri.js';
import type { EngineClient } from '../spec/client.js';
import { DUCKDB_SPEC } from './duckdb.spec.js';

const folder = mkdtempSync(path.join(tmpdir(), 'duckdb-client-'));
const file = path.join(folder, 'examples.duckdb');
const secret = path.join(folder, 'secret.csv');
const clients: EngineClient[] = [];

async function connect(uri: string): Promise<EngineClient> {
  const settings = resolveConnectionSettings(DUCKDB_SPEC, parseSqlalchemyUri(uri), {
    connectTimeoutMs: 5000,
    poolSize: 1,
  });
  const client = (await DUCKDB_SPEC.loadClient!())(settings);
  clients.push(client);
  return client;
}

/** Long enough that only an interrupt ends it. */
const ENDLESS_COUNT = 'SELECT count(*) FROM range(1000000000) a, range(1000000000) b';

let db: EngineClient;

beforeAll(async () => {
  writeFileSync(secret, 'password\nhunter2\n');
  // The client never creates a file, so the fixture is made with the driver directly.
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const setup = await DuckDBInstance.create(file);
  const connection = await setup.connect();
  await connection.run(`
    CREATE SCHEMA league;
    CREATE TABLE league.teams (id INTEGER PRIMARY KEY, name VARCHAR NOT NULL);
    COMMENT ON TABLE league.teams IS 'Who plays';
    CREATE TABLE league.players (
      id INTEGER PRIMARY KEY, team_id INTEGER REFERENCES league.teams (id),
      name VARCHAR DEFAULT 'anon', born TIMESTAMP, joined DATE, seen TIMESTAMPTZ,
      score DECIMAL(10, 2), big HUGEINT, count BIGINT, tags VARCHAR[], ok BOOLEAN, ratio DOUBLE);
    COMMENT ON COLUMN league.players.name IS 'Full name';
    CREATE INDEX players_by_team ON league.players (team_id, name);
    CREATE VIEW league.scorers AS SELECT name, score FROM league.players;
    INSERT INTO league.teams VALUES (1, 'Ducks');
    INSERT INTO league.players VALUES
      (1, 1, 'Ann', '2022-05-04 05:06:07.891', '2022-05-04', '2022-05-04 05:06:07+00', 12.34,
       170141183460469231731687303715884105727, 9007199254740993, ['a', 'b'], true, 0.5),
      (2, 1, 'Bob', NULL, NULL, NULL, NULL, NULL, 42, NULL, NULL, NULL);`);
  connection.closeSync();
  setup.closeSync();
  db = await connect(`duckdb:///${file}`);
});

afterAll(async () => {
  await Promise.all(clients.map((client) => client.close()));
  rmSync(folder, { recursive: true, force: true });
});

describe('DuckDB client (live, temp file)', () => {
  it("round-trips DuckDB's types into plain cells", async () => {
    const result = await db.execute(
      'SELECT * EXCLUDE (id, team_id, name) FROM league.players ORDER BY id',
    );
    expect(result.columns.map((c) => [c.name, c.type, c.genericType])).toEqual([
      ['born', 'TIMESTAMP', 2],
      ['joined', 'DATE', 2],
      ['seen', 'TIMESTAMP WITH TIME ZONE', 2],
      ['score', 'DECIMAL(10,2)', 0],
      ['big', 'HUGEINT', 0],
      ['count', 'BIGINT', 0],
      ['tags', 'VARCHAR[]', 1],
      ['ok', 'BOOLEAN', 3],
      ['ratio', 'DOUBLE', 0],
    ]);
    expect(result.rows).toEqual([
      [
        new Date('2022-05-04T05:06:07.891Z'),
        new Date('2022-05-04T00:00:00Z'),
        new Date('2022-05-04T05:06:07Z'),
        12.34,
        '170141183460469231731687303715884105727',
        '9007199254740993',
        "['a', 'b']",
        true,
        0.5,
      ],
      [null, null, null, null, null, 42, null, null, null],
    ]);
  });

  it('cuts a result at the limit and says so, and uses the default schema', async () => {
    const result = await db.execute('SELECT * FROM range(100000)', { limit: 5 });
    expect(result.rows).toEqual([[0], [1], [2], [3], [4]]);
    expect(result.truncated).toBe(true);
    const scoped = await db.execute('SELECT name FROM teams', { schema: 'league', limit: 1 });
    expect(scoped).toMatchObject({ rows: [['Ducks']], truncated: false });
  });

  it('streams batches, and leaving the loop ends the statement', async () => {
    const sizes: number[] = [];
    for await (const batch of db.stream('SELECT * FROM range(100000000)', { batchSize: 3000 })) {
      sizes.push(batch.rows.length);
      if (sizes.length === 2) break;
    }
    expect(sizes.every((size) => size >= 3000)).toBe(true);
    expect((await db.execute('SELECT 42', { timeoutMs: 2000 })).rows).toEqual([[42]]);
  });

  it('interrupts a statement at its time limit', async () => {
    const started = Date.now();
    await expect(db.execute(ENDLESS_COUNT, { timeoutMs: 300 })).rejects.toMatchObject({
      code: 'QUERY_TIMEOUT_ERROR',
    });
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('interrupts a statement on abort and through cancelQuery', async () => {
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

  it('keeps external access off for good', async () => {
    const refusedByConfiguration = {
      code: 'CONNECTION_DATABASE_PERMISSIONS_ERROR',
      extra: { engine_message: expect.stringMatching(/disabled by configuration/) as string },
    };
    await expect(db.execute(`SELECT * FROM read_csv('${secret}')`)).rejects.toMatchObject({
      code: 'CONNECTION_DATABASE_PERMISSIONS_ERROR',
    });
    await expect(db.execute('SET enable_external_access = true')).rejects.toMatchObject({
      code: 'CONNECTION_DATABASE_PERMISSIONS_ERROR',
    });
    await expect(db.execute("SELECT * FROM read_csv('/etc/passwd')")).rejects.toMatchObject(
      refusedByConfiguration,
    );
    await expect(db.execute(`COPY league.teams TO '${folder}/out.csv'`)).rejects.toMatchObject(
      refusedByConfiguration,
    );
    await expect(db.execute(`ATTACH '${folder}/other.duckdb' AS other`)).rejects.toMatchObject(
      refusedByConfiguration,
    );
    expect(
      (
        await db.execute(
          `SELECT current_setting('enable_external_access'), current_setting('lock_configuration')`,
        )
      ).rows,
    ).toEqual([[false, true]]);
    expect(existsSync(path.join(folder, 'out.csv'))).toBe(false);
    expect(existsSync(path.join(folder, 'other.duckdb'))).toBe(false);
    const memory = await connect('duckdb:///:memory:');
    await expect(memory.execute(`SELECT * FROM read_csv('${secret}')`)).rejects.toMatchObject({
      code: 'CONNECTION_DATABASE_PERMISSIONS_ERROR',
    });
  });

  it('refuses writes when read-only', async () => {
    await expect(
      db.execute(`INSERT INTO league.teams VALUES (2, 'Geese')`, { readOnly: true }),
    ).rejects.toMatchObject({
      code: 'CONNECTION_DATABASE_PERMISSIONS_ERROR',
      message: 'This database is read-only here: a INSERT statement would change it.',
    });
    await expect(
      db.execute(`SELECT 1; DROP TABLE league.teams`, { readOnly: true }),
    ).rejects.toMatchObject({ code: 'CONNECTION_DATABASE_PERMISSIONS_ERROR' });
    expect(
      (await db.execute('SELECT count(*) FROM league.teams', { readOnly: true })).rows,
    ).toEqual([[1]]);
  });

  it('opens a file read-only when the URI asks', async () => {
    // DuckDB lets one writer hold a file, so the writable client lets go first.
    await db.close();
    const reader = await connect(`duckdb:///${file}?access_mode=read_only`);
    await expect(reader.execute(`DELETE FROM league.teams`)).rejects.toMatchObject({
      code: 'CONNECTION_DATABASE_PERMISSIONS_ERROR',
    });
    expect((await reader.execute('SELECT count(*) FROM league.teams')).rows).toEqual([[1]]);
    await reader.close();
    db = await connect(`duckdb:///${file}`);
  });

  it('describes schemas, tables, views, keys, indexes and comments', async () => {
    expect(await db.listSchemas()).toEqual(['league', 'main']);
    expect(await db.listTables('league')).toEqual(['players', 'teams']);
    expect(await db.listTables(null)).toEqual([]);
    expect(await db.listViews('league')).toEqual(['scorers']);
    const players = await db.getTableMetadata('players', 'league');
    expect(players.columns.slice(0, 4)).toEqual([
      {
        name: 'id',
        type: 'INTEGER',
        genericType: 0,
        nullable: false,
        default: null,
        comment: null,
      },
      {
        name: 'team_id',
        type: 'INTEGER',
        genericType: 0,
        nullable: true,
        default: null,
        comment: null,
      },
      {
        name: 'name',
        type: 'VARCHAR',
        genericType: 1,
        nullable: true,
        default: "'anon'",
        comment: 'Full name',
      },
      {
        name: 'born',
        type: 'TIMESTAMP',
        genericType: 2,
        nullable: true,
        default: null,
        comment: null,
      },
    ]);
    expect(players.primaryKey?.column_names).toEqual(['id']);
    expect(players.foreignKeys).toMatchObject([
      { constrained_columns: ['team_id'], referred_table: 'teams', referred_columns: ['id'] },
    ]);
    expect(players.indexes).toEqual([
      { name: 'players_by_team', column_names: ['team_id', 'name'], unique: false },
    ]);
    expect((await db.getTableMetadata('teams', 'league')).comment).toBe('Who plays');
    await expect(db.getTableMetadata('teams', null)).rejects.toMatchObject({
      code: 'TABLE_DOES_NOT_EXIST_ERROR',
    });
  });

  it('classifies DuckDB errors', async () => {
    await expect(db.execute('SELECT * FROM nope')).rejects.toMatchObject({
      code: 'TABLE_DOES_NOT_EXIST_ERROR',
    });
    await expect(db.execute('SELECT * FROM nope.t')).rejects.toMatchObject({
      code: 'SCHEMA_DOES_NOT_EXIST_ERROR',
    });
    await expect(db.execute('SELECT nope FROM league.teams')).rejects.toMatchObject({
      code: 'COLUMN_DOES_NOT_EXIST_ERROR',
      message: 'We can\'t seem to resolve the column "nope".',
    });
    await expect(db.execute('SELEC 1')).rejects.toMatchObject({ code: 'SYNTAX_ERROR' });
  });

  it('refuses a missing file without creating it', async () => {
    const missing = path.join(folder, 'missing.duckdb');
    const client = await connect(`duckdb:///${missing}`);
    await expect(client.testConnection()).rejects.toMatchObject({
      code: 'CONNECTION_UNKNOWN_DATABASE_ERROR',
      message: expect.stringContaining('does not exist') as string,
    });
    expect(existsSync(missing)).toBe(false);
  });

  it('runs the grain and epoch expressions it generates', async () => {
    const { dialect } = DUCKDB_SPEC;
    const ts = "TIMESTAMP '2022-05-04 05:06:07.89'";
    const expected: Record<string, string> = {
      PT1S: '2022-05-04T05:06:07.000Z',
      PT1M: '2022-05-04T05:06:00.000Z',
      PT1H: '2022-05-04T05:00:00.000Z',
      P1D: '2022-05-04T00:00:00.000Z',
      P1W: '2022-05-02T00:00:00.000Z',
      P1M: '2022-05-01T00:00:00.000Z',
      P3M: '2022-04-01T00:00:00.000Z',
      P1Y: '2022-01-01T00:00:00.000Z',
    };
    for (const grain of dialect.timeGrains()) {
      const { rows } = await db.execute(`SELECT ${dialect.timeGrainExpression(ts, grain)}`);
      expect([grain, (rows[0]?.[0] as Date).toISOString()]).toEqual([grain, expected[grain]]);
    }
    const { rows } = await db.execute(
      `SELECT ${dialect.epochExpression('1651640767', 'epoch_s')}, ${dialect.epochExpression('1651640767000', 'epoch_ms')}`,
    );
    expect(rows).toEqual([[new Date('2022-05-04T05:06:07Z'), new Date('2022-05-04T05:06:07Z')]]);
  });
});
