import { SQLLAB_API_PATH, type TabState } from '@superset-ts/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUPERSET_EXAMPLE_SCHEDULED_QUERIES } from '../saved-queries/schedule/superset-example-schedule.js';
import {
  startSqlLabTestApp,
  type SqlLabTestApp,
} from '../saved-queries/test-support/sqllab-test-app.js';

interface Bootstrap {
  result: {
    active_tab: TabState | null;
    tab_state_ids: [number, string][];
    databases: Record<string, Record<string, unknown>>;
    queries: Record<string, unknown>;
    scheduled_queries: Record<string, unknown> | null;
  };
}

describe('SQL Lab tab state: /tabstateview/, /tableschemaview/ and the bootstrap', () => {
  let t: SqlLabTestApp;

  const bootstrap = async (who: 'alice' | 'bob') =>
    (await t.as(t[who], 'GET', SQLLAB_API_PATH)).json<Bootstrap>().result;

  const openTab = async (who: 'alice' | 'bob', body: Record<string, unknown>) => {
    const response = await t.as(t[who], 'POST', '/tabstateview/', body);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<{ id: number }>().id;
  };

  beforeAll(async () => {
    t = await startSqlLabTestApp({
      overrides: { SCHEDULED_QUERIES: SUPERSET_EXAMPLE_SCHEDULED_QUERIES },
    });
  });
  afterAll(async () => t.close());

  it('restores what the editor saved: tabs, the active one, its text and its tables', async () => {
    const first = await openTab('alice', { label: 'Sales', database_id: t.databaseId });
    const second = await openTab('alice', { label: 'Scratch' });

    const put = await t.as(t.alice, 'PUT', `/tabstateview/${first}`, {
      sql: 'select *\nfrom t',
      schema: 'main',
      query_limit: 500,
      template_params: '{"x": 1}',
      hide_left_bar: true,
    });
    expect(put.statusCode).toBe(200);
    expect(put.json()).toBe(first);

    const table = await t.as(t.alice, 'POST', '/tableschemaview/', {
      queryEditorId: first,
      dbId: t.databaseId,
      schema: 'main',
      name: 't',
      columns: [{ name: 'x', type: 'INTEGER' }],
    });
    expect(table.statusCode).toBe(200);
    const tableId = table.json<{ id: number }>().id;
    const folded = await t.as(t.alice, 'POST', `/tableschemaview/${tableId}/expanded`, {
      expanded: false,
    });
    expect(folded.json()).toEqual({ id: tableId, expanded: false });

    // The newest tab is active until another is activated.
    let state = await bootstrap('alice');
    expect(state.active_tab?.id).toBe(second);
    expect(state.tab_state_ids).toEqual([
      [first, 'Sales'],
      [second, 'Scratch'],
    ]);

    expect((await t.as(t.alice, 'POST', `/tabstateview/${first}/activate`)).statusCode).toBe(200);
    state = await bootstrap('alice');
    expect(state.active_tab).toEqual({
      id: first,
      label: 'Sales',
      active: true,
      database_id: t.databaseId,
      schema: 'main',
      catalog: null,
      sql: 'select *\nfrom t',
      query_limit: 500,
      template_params: '{"x": 1}',
      autorun: false,
      hide_left_bar: true,
      saved_query_id: null,
      latest_query: null,
      table_schemas: [
        { id: tableId, database_id: t.databaseId, schema: 'main', table: 't', expanded: false },
      ],
    });
    const tab = await t.as(t.alice, 'GET', `/tabstateview/${second}`);
    expect(tab.json<TabState>()).toMatchObject({
      label: 'Scratch',
      active: false,
      sql: 'SELECT ...',
    });

    // Opening the same table again replaces it instead of listing it twice.
    await t.as(t.alice, 'POST', '/tableschemaview/', {
      queryEditorId: String(first),
      dbId: t.databaseId,
      schema: 'main',
      name: 't',
    });
    const again = await t.as(t.alice, 'GET', `/tabstateview/${first}`);
    expect(again.json<TabState>().table_schemas).toHaveLength(1);

    const closed = await t.as(t.alice, 'DELETE', `/tabstateview/${second}`);
    expect(closed.json()).toBe('OK');
    expect((await bootstrap('alice')).tab_state_ids).toEqual([[first, 'Sales']]);
  });

  it("answers 404 for another user's tab and table browser", async () => {
    const bobsTab = await openTab('bob', { label: 'Bob' });
    const bobsTable = await t.as(t.bob, 'POST', '/tableschemaview/', {
      queryEditorId: bobsTab,
      dbId: t.databaseId,
      schema: null,
      name: 't',
    });
    const tableId = bobsTable.json<{ id: number }>().id;
    const attempts = [
      ['GET', `/tabstateview/${bobsTab}`, undefined],
      ['PUT', `/tabstateview/${bobsTab}`, { sql: 'hijacked' }],
      ['POST', `/tabstateview/${bobsTab}/activate`, undefined],
      ['DELETE', `/tabstateview/${bobsTab}`, undefined],
      ['DELETE', `/tableschemaview/${tableId}`, undefined],
      ['POST', `/tableschemaview/${tableId}/expanded`, { expanded: false }],
      [
        'POST',
        '/tableschemaview/',
        { queryEditorId: bobsTab, dbId: t.databaseId, schema: null, name: 'x' },
      ],
    ] as const;
    for (const [method, url, body] of attempts) {
      const response = await t.as(t.alice, method, url, body);
      expect(response.statusCode, `${method} ${url}`).toBe(404);
    }
    const bobs = await t.as(t.bob, 'GET', `/tabstateview/${bobsTab}`);
    expect(bobs.json<TabState>()).toMatchObject({ sql: 'SELECT ...', active: true });
    expect(bobs.json<TabState>().table_schemas.map((table) => table.expanded)).toEqual([true]);
    expect((await bootstrap('alice')).tab_state_ids.map(([id]) => id)).not.toContain(bobsTab);
  });

  it('refuses a database the user may not use, naming the field', async () => {
    const response = await t.as(t.alice, 'POST', '/tabstateview/', {
      database_id: t.privateDatabaseId,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json<{ message: string }>().message).toContain('database_id');
    const unknownQuery = await t.as(t.alice, 'POST', '/tabstateview/', { latest_query_id: 'nope' });
    expect(unknownQuery.statusCode).toBe(400);
    expect(unknownQuery.json<{ message: string }>().message).toContain('latest_query_id');
  });

  it('bootstraps the editor with the databases the user may use and the schedule form', async () => {
    const state = await bootstrap('alice');
    expect(Object.keys(state.databases)).toEqual([String(t.databaseId)]);
    expect(state.databases[String(t.databaseId)]).toMatchObject({
      id: t.databaseId,
      database_name: 'shared',
      backend: 'sqlite',
      allow_run_async: false,
      allow_dml: false,
      allows_cost_estimate: false,
    });
    expect(state.scheduled_queries).toMatchObject({
      JSONSCHEMA: { title: 'Schedule' },
      VALIDATION: [{ name: 'less_equal' }],
    });
    const admin = await t.as(t.api.admin, 'GET', SQLLAB_API_PATH);
    expect(Object.keys(admin.json<Bootstrap>().result.databases).sort()).toEqual(
      [String(t.databaseId), String(t.privateDatabaseId)].sort(),
    );
  });

  it('is refused to a user without SQL Lab permissions', async () => {
    expect((await t.as(t.api.gamma, 'GET', SQLLAB_API_PATH)).statusCode).toBe(403);
    expect((await t.as(t.api.gamma, 'POST', '/tabstateview/', {})).statusCode).toBe(403);
  });
});
