import {
  QUERY_API_PATH,
  SQLLAB_API_PATH,
  type SqlLabQuery,
  type SqlLabResults,
} from '@superset-ts/shared';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  describeWithServices,
  LIVE_POSTGRES,
} from '../databases/test-support/live-database-services.js';
import {
  onPostgres,
  startSqlLabTestApp,
  waitFor,
  type SqlLabTestApp,
} from './test-support/sqllab-test-app.js';

const PG = LIVE_POSTGRES.uri;

await describeWithServices([LIVE_POSTGRES], 'SQL Lab async runs, stop and export', () => {
  let api: SqlLabTestApp;
  const queryOf = async (clientId: string): Promise<SqlLabQuery | undefined> => {
    const since = await api.as(
      api.alice,
      'GET',
      `${QUERY_API_PATH}updated_since?q=(last_updated_ms:0)`,
    );
    return since.json<{ result: SqlLabQuery[] }>().result.find((query) => query.id === clientId);
  };
  const sleeping = () =>
    onPostgres(
      PG,
      "select pid from pg_stat_activity where state = 'active' and query like '%stop_marker%' and query not like '%pg_stat_activity%'",
    );

  beforeAll(async () => {
    api = await startSqlLabTestApp(
      [
        { name: 'async', uri: PG, flags: { allow_run_async: true } },
        { name: 'sync', uri: PG },
      ],
      { DISPLAY_MAX_ROW: 100, CSV_EXPORT: { encoding: 'utf-8-sig', sep: ';' } },
    );
  });
  afterAll(() => api.t.close());

  it('queues a run on an async database (202), then serves its results by key', async () => {
    const queued = await api.execute(api.alice, {
      database_id: api.ids.async,
      sql: 'select g from generate_series(1, 250) as g',
      runAsync: true,
      client_id: 'async1',
    });
    expect(queued.statusCode, queued.body).toBe(202);
    expect(queued.json<{ query: SqlLabQuery }>().query).toMatchObject({
      id: 'async1',
      state: 'pending',
    });
    await waitFor(async () => (await queryOf('async1'))?.state === 'success', 'the async run');
    const query = await queryOf('async1');
    expect(query?.resultsKey).toMatch(/^[0-9a-f]{32}$/);
    const key = query?.resultsKey ?? '';

    const results = await api.as(api.alice, 'GET', `${SQLLAB_API_PATH}results/?q=(key:'${key}')`);
    expect(results.statusCode, results.body).toBe(200);
    const body = results.json<SqlLabResults>();
    expect(body.data).toHaveLength(100);
    expect(body.displayLimitReached).toBe(true);
    expect(body.data[0]).toEqual({ g: 1 });
    const few = await api.as(
      api.alice,
      'GET',
      `${SQLLAB_API_PATH}results/?q=(key:'${key}',rows:3)`,
    );
    expect(few.json<SqlLabResults>().data).toEqual([{ g: 1 }, { g: 2 }, { g: 3 }]);
    const other = await api.as(api.bob, 'GET', `${SQLLAB_API_PATH}results/?q=(key:'${key}')`);
    expect(other.statusCode).toBe(404);
    expect(
      (await api.as(api.admin, 'GET', `${SQLLAB_API_PATH}results/?q=(key:'${key}')`)).statusCode,
    ).toBe(200);
  });

  it('runs synchronously when the database does not allow async runs', async () => {
    const response = await api.execute(api.alice, {
      database_id: api.ids.sync,
      sql: 'select 1 as n',
      runAsync: true,
    });
    expect(response.statusCode).toBe(200);
  });

  it('stops a running query in the database', async () => {
    const queued = await api.execute(api.alice, {
      database_id: api.ids.async,
      sql: 'select pg_sleep(30) as stop_marker',
      runAsync: true,
      client_id: 'stop1',
    });
    expect(queued.statusCode).toBe(202);
    await waitFor(async () => (await sleeping()).length === 1, 'the query to run in PostgreSQL');
    expect(
      (await api.as(api.bob, 'POST', `${QUERY_API_PATH}stop`, { client_id: 'stop1' })).statusCode,
    ).toBe(404);
    const stop = await api.as(api.alice, 'POST', `${QUERY_API_PATH}stop`, { client_id: 'stop1' });
    expect(stop.statusCode, stop.body).toBe(200);
    await waitFor(async () => (await sleeping()).length === 0, 'PostgreSQL to end the query');
    expect((await queryOf('stop1'))?.state).toBe('stopped');
  });

  it('exports every row as CSV, beyond the display limit, with CSV_EXPORT settings', async () => {
    const run = await api.execute(api.alice, {
      database_id: api.ids.sync,
      sql: "select g, 'v;' || g as label from generate_series(1, 3000) as g",
      queryLimit: 5000,
      client_id: 'csv1',
      tab: 'My Tab',
    });
    const body = run.json<SqlLabResults>();
    expect(body.data).toHaveLength(100);
    expect(body.query.rows).toBe(3000);
    const csv = await api.as(api.alice, 'GET', `${SQLLAB_API_PATH}export/csv1/`);
    expect(csv.statusCode, csv.body).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers['content-disposition']).toMatch(
      /^attachment; filename="sqllab_my_tab_\d{8}T\d{6}\.csv"/,
    );
    const text = csv.rawPayload.toString('utf8');
    expect(text.startsWith('\ufeffg;label\n1;"v;1"\n')).toBe(true);
    expect(text.trimEnd().split('\n')).toHaveLength(3001);
    expect((await api.as(api.bob, 'GET', `${SQLLAB_API_PATH}export/csv1/`)).statusCode).toBe(404);
  });
});
