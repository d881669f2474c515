import { randomBytes } from 'node:crypto';
import { GenericDataType, QUERY_API_PATH, type SqlLabResults } from '@superset-ts/shared';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  describeWithServices,
  LIVE_POSTGRES,
} from '../databases/test-support/live-database-services.js';
import {
  onPostgres,
  startSqlLabTestApp,
  type SqlLabTestApp,
} from './test-support/sqllab-test-app.js';

const SCHEMA = `st_sqllab_${randomBytes(4).toString('hex')}`;
const CTAS_SCHEMA = `${SCHEMA}_ctas`;
const PG = LIVE_POSTGRES.uri;

interface ErrorBody {
  message: string;
  errors: { error_type: string; message: string }[];
}

await describeWithServices([LIVE_POSTGRES], 'SQL Lab execute on PostgreSQL', () => {
  let api: SqlLabTestApp;
  const run = (database: string, sql: string, extra: Record<string, unknown> = {}) =>
    api.execute(api.alice, { database_id: api.ids[database], sql, ...extra });
  const historyOf = async (clientId: string) => {
    const q = encodeURIComponent("(filters:!((col:sql,opr:ct,value:'')),page_size:100)");
    const list = await api.as(api.alice, 'GET', `${QUERY_API_PATH}?q=${q}`);
    const rows = list.json<{
      result: {
        client_id: string;
        status: string;
        error_message: string | null;
        executed_sql: string | null;
      }[];
    }>().result;
    return rows.find((row) => row.client_id === clientId);
  };

  beforeAll(async () => {
    await onPostgres(
      PG,
      `create schema ${SCHEMA}; create schema ${CTAS_SCHEMA};
       create table ${SCHEMA}.t (n integer);
       create function ${SCHEMA}.sneaky() returns integer language sql
         as $$ insert into ${SCHEMA}.t values (666) returning 1 $$;`,
    );
    api = await startSqlLabTestApp(
      [
        { name: 'readonly', uri: PG },
        { name: 'writable', uri: PG, flags: { allow_dml: true } },
        {
          name: 'ctas',
          uri: PG,
          flags: { allow_ctas: true, allow_cvas: true, force_ctas_schema: CTAS_SCHEMA },
        },
        { name: 'hidden', uri: PG, flags: { expose_in_sqllab: false } },
      ],
      { SQLLAB_TIMEOUT: 1 },
    );
  });
  afterAll(async () => {
    await api.t.close();
    await onPostgres(PG, `drop schema if exists ${SCHEMA}, ${CTAS_SCHEMA} cascade`);
  });

  it('runs a SELECT and answers its rows, typed columns and the finished query', async () => {
    const response = await run(
      'readonly',
      "select 1 as n, 'a'::text as s, timestamp '2024-01-02 03:04:05' as t, true as b",
      { client_id: 'rt1', tab: 'Untitled', sql_editor_id: 'ed1' },
    );
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json<SqlLabResults>();
    expect(body.status).toBe('success');
    expect(body.data).toEqual([{ n: 1, s: 'a', t: '2024-01-02T03:04:05.000Z', b: true }]);
    expect(body.columns.map((c) => [c.name, c.type_generic, c.is_dttm])).toEqual([
      ['n', GenericDataType.NUMERIC, false],
      ['s', GenericDataType.STRING, false],
      ['t', GenericDataType.TEMPORAL, true],
      ['b', GenericDataType.BOOLEAN, false],
    ]);
    expect(body.query).toMatchObject({
      id: 'rt1',
      state: 'success',
      rows: 1,
      tab: 'Untitled',
      db: 'readonly',
      limitingFactor: 'NOT_LIMITED',
    });
    expect(body.query.executedSql).toMatch(/LIMIT 100001/i);
    expect(body.query.extra).not.toHaveProperty('owner');
  });

  it('applies the row limit in SQL and says which limit cut the rows', async () => {
    const series = 'select g from generate_series(1, 50) as g';
    const cases: [string, number, number, string][] = [
      [series, 10, 10, 'DROPDOWN'],
      [`${series} limit 5`, 10, 5, 'QUERY'],
      [`${series} limit 10`, 10, 10, 'QUERY_AND_DROPDOWN'],
      [`${series} limit 7`, 10, 7, 'QUERY'],
      ['select g from generate_series(1, 5) as g', 10, 5, 'NOT_LIMITED'],
      ['select g from generate_series(1, 3) as g limit 5', 10, 3, 'NOT_LIMITED'],
    ];
    for (const [sql, queryLimit, rows, factor] of cases) {
      const body = (await run('readonly', sql, { queryLimit })).json<SqlLabResults>();
      expect([sql, body.data.length, body.query.limitingFactor]).toEqual([sql, rows, factor]);
    }
    const cut = (await run('readonly', series, { queryLimit: 10 })).json<SqlLabResults>();
    expect(cut.query.executedSql).toMatch(/LIMIT 11\b/i);
  });

  it('refuses DML on a database without allow_dml and records the failed run', async () => {
    const refused = await run('readonly', `insert into ${SCHEMA}.t values (1)`, {
      client_id: 'dml1',
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json<ErrorBody>().errors[0]?.error_type).toBe('DML_NOT_ALLOWED_ERROR');
    expect(await historyOf('dml1')).toMatchObject({ status: 'failed' });
    expect((await historyOf('dml1'))?.error_message).toMatch(/Only SELECT/);
    expect(await onPostgres(PG, `select * from ${SCHEMA}.t`)).toEqual([]);

    const allowed = await run('writable', `insert into ${SCHEMA}.t values (1)`);
    expect(allowed.statusCode, allowed.body).toBe(200);
    expect(await onPostgres(PG, `select n from ${SCHEMA}.t`)).toEqual([{ n: 1 }]);
  });

  it('runs reads in a read-only transaction, so a writing function the parser passes still fails', async () => {
    const response = await run('readonly', `select ${SCHEMA}.sneaky()`, { client_id: 'sneak' });
    expect(response.statusCode).toBeGreaterThanOrEqual(400);
    expect(response.json<ErrorBody>().message).toMatch(/read-only transaction/i);
    expect(await onPostgres(PG, `select n from ${SCHEMA}.t where n = 666`)).toEqual([]);
    expect((await historyOf('sneak'))?.status).toBe('failed');
  });

  it('runs a script in order and stops at the first failing statement', async () => {
    const script = [
      `insert into ${SCHEMA}.t values (10)`,
      `select * from ${SCHEMA}.no_such_table`,
      `insert into ${SCHEMA}.t values (11)`,
    ].join(';\n');
    const response = await run('writable', script, { client_id: 'multi' });
    expect(response.statusCode).toBe(400);
    expect(response.json<ErrorBody>().errors[0]?.error_type).toBe('TABLE_DOES_NOT_EXIST_ERROR');
    const rows = await onPostgres<{ n: number }>(PG, `select n from ${SCHEMA}.t where n >= 10`);
    expect(rows).toEqual([{ n: 10 }]);
    expect((await historyOf('multi'))?.status).toBe('failed');
  });

  it('creates a table from a SELECT in force_ctas_schema, whatever schema was chosen', async () => {
    const response = await run('ctas', 'select g from generate_series(1, 3) as g', {
      select_as_cta: true,
      tmp_table_name: 'ctas_out',
      schema: 'public',
    });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json<SqlLabResults>();
    expect(body.query).toMatchObject({
      ctas: true,
      tempSchema: CTAS_SCHEMA,
      tempTable: 'ctas_out',
    });
    expect(await onPostgres(PG, `select count(*)::int as c from ${CTAS_SCHEMA}.ctas_out`)).toEqual([
      { c: 3 },
    ]);
    const refused = await run('readonly', 'select 1', { select_as_cta: true });
    expect(refused.statusCode).toBe(403);
  });

  it('stops a synchronous run at SQLLAB_TIMEOUT, in the database too', async () => {
    const started = Date.now();
    const response = await run('readonly', 'select pg_sleep(20) as slow_marker', {
      client_id: 'slow',
    });
    expect(Date.now() - started).toBeLessThan(8_000);
    expect(response.statusCode).toBe(408);
    expect(response.json<ErrorBody>().errors[0]?.error_type).toBe('SQLLAB_TIMEOUT_ERROR');
    expect(response.json<ErrorBody>().message).toMatch(/1 second/);
    expect((await historyOf('slow'))?.status).toBe('timed_out');
    const active = await onPostgres(
      PG,
      "select pid from pg_stat_activity where state = 'active' and query like '%slow_marker%' and query not like '%pg_stat_activity%'",
    );
    expect(active).toEqual([]);
    const again = await run('readonly', 'select 2 as n');
    expect(again.json<SqlLabResults>().data).toEqual([{ n: 2 }]);
  });

  it('keeps databases that are not exposed in SQL Lab, and other users’ client ids, out', async () => {
    expect((await run('hidden', 'select 1')).statusCode).toBe(400);
    expect((await run('readonly', 'select 1', { client_id: 'mine' })).statusCode).toBe(200);
    const stolen = await api.execute(api.bob, {
      database_id: api.ids.readonly,
      sql: 'select 1',
      client_id: 'mine',
    });
    expect(stolen.statusCode).toBe(400);
    const gamma = await api.execute(api.gamma, { database_id: api.ids.readonly, sql: 'select 1' });
    expect(gamma.statusCode).toBe(403);
  });
});
