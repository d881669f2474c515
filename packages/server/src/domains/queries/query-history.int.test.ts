import { QUERY_API_PATH, type QueryHistoryItem } from '@superset-ts/shared';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  describeWithServices,
  LIVE_POSTGRES,
} from '../databases/test-support/live-database-services.js';
import { startSqlLabTestApp, type SqlLabTestApp } from '../sqllab/test-support/sqllab-test-app.js';
import type { BrowserHeaders } from '../session/test-support/session-client.js';

interface HistoryPage {
  count: number;
  result: QueryHistoryItem[];
}

await describeWithServices([LIVE_POSTGRES], 'query history (/api/v1/query/)', () => {
  let api: SqlLabTestApp;
  const list = async (as: BrowserHeaders, rison = '()') => {
    const response = await api.as(as, 'GET', `${QUERY_API_PATH}?q=${encodeURIComponent(rison)}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<HistoryPage>();
  };
  const clientIds = (page: HistoryPage) => page.result.map((item) => item.client_id).sort();

  beforeAll(async () => {
    api = await startSqlLabTestApp([
      { name: 'one', uri: LIVE_POSTGRES.uri },
      { name: 'two', uri: LIVE_POSTGRES.uri },
    ]);
    const runs: [BrowserHeaders, string, string, string][] = [
      [api.alice, 'one', 'a1', 'select 1 as apples'],
      [api.alice, 'two', 'a2', 'select 2 as pears'],
      [api.alice, 'one', 'a3', 'select * from no_such_table_x'],
      [api.bob, 'one', 'b1', 'select 3 as apples'],
    ];
    for (const [as, database, clientId, sql] of runs) {
      await api.execute(as, { database_id: api.ids[database], sql, client_id: clientId });
    }
  });
  afterAll(() => api.t.close());

  it('shows each user only their own queries, and every query with all_query_access', async () => {
    expect(clientIds(await list(api.alice))).toEqual(['a1', 'a2', 'a3']);
    expect(clientIds(await list(api.bob))).toEqual(['b1']);
    expect(clientIds(await list(api.admin))).toEqual(['a1', 'a2', 'a3', 'b1']);
    const item = (await list(api.bob)).result[0];
    expect(item).toMatchObject({
      status: 'success',
      rows: 1,
      database: { id: api.ids.one, database_name: 'one' },
      user: { first_name: 'bob' },
    });
  });

  it('filters by database, status, sql text, user and start time', async () => {
    const by = async (filters: string) =>
      clientIds(await list(api.admin, `(filters:!(${filters}))`));
    expect(await by(`(col:database,opr:rel_o_m,value:${api.ids.two})`)).toEqual(['a2']);
    expect(await by('(col:status,opr:eq,value:failed)')).toEqual(['a3']);
    expect(await by('(col:sql,opr:ct,value:APPLES)')).toEqual(['a1', 'b1']);
    const bob = (await list(api.bob)).result[0]?.user?.id ?? 0;
    expect(await by(`(col:user,opr:rel_o_m,value:${bob})`)).toEqual(['b1']);
    expect(await by(`(col:start_time,opr:gt,value:${Date.now() + 60_000})`)).toEqual([]);
    expect(await by(`(col:start_time,opr:between,value:!(0,${Date.now() + 1}))`)).toHaveLength(4);
    const bad = await api.as(
      api.admin,
      'GET',
      `${QUERY_API_PATH}?q=${encodeURIComponent('(filters:!((col:nope,opr:eq,value:1)))')}`,
    );
    expect(bad.statusCode).toBe(400);
  });

  it('offers the databases and users of the visible queries as filter choices', async () => {
    const related = async (as: BrowserHeaders, column: string, rison = '()') => {
      const url = `${QUERY_API_PATH}related/${column}?q=${encodeURIComponent(rison)}`;
      const response = await api.as(as, 'GET', url);
      expect(response.statusCode, response.body).toBe(200);
      return response.json<{ count: number; result: { value: number; text: string }[] }>();
    };
    expect(await related(api.admin, 'database')).toEqual({
      count: 2,
      result: [
        { value: api.ids.one, text: 'one' },
        { value: api.ids.two, text: 'two' },
      ],
    });
    expect((await related(api.bob, 'database')).result.map((o) => o.text)).toEqual(['one']);
    expect((await related(api.admin, 'database', '(filter:TW)')).result).toEqual([
      { value: api.ids.two, text: 'two' },
    ]);
    const users = await related(api.admin, 'user');
    expect(users.count).toBe(2);
    expect(users.result.map((o) => o.text)).toEqual([
      expect.stringMatching(/^alice/),
      expect.stringMatching(/^bob/),
    ]);
    // Without all_query_access, only the caller's own name is offered.
    expect((await related(api.bob, 'user')).result.map((o) => o.text)).toEqual([
      expect.stringMatching(/^bob/),
    ]);
    expect((await related(api.admin, 'user', '(filter:ALI,page_size:1)')).count).toBe(1);
  });

  it('shows one query to its owner only, and lists what changed since a time', async () => {
    const mine = (await list(api.alice)).result.find((item) => item.client_id === 'a1');
    const url = `${QUERY_API_PATH}${mine?.id}`;
    expect(
      (await api.as(api.alice, 'GET', url)).json<{ result: QueryHistoryItem }>().result.sql,
    ).toBe('select 1 as apples');
    expect((await api.as(api.bob, 'GET', url)).statusCode).toBe(404);
    const since = async (ms: number) =>
      (await api.as(api.alice, 'GET', `${QUERY_API_PATH}updated_since?q=(last_updated_ms:${ms})`))
        .json<{ result: { id: string }[] }>()
        .result.map((query) => query.id)
        .sort();
    expect(await since(0)).toEqual(['a1', 'a2', 'a3']);
    expect(await since(Date.now() + 60_000)).toEqual([]);
  });
});
