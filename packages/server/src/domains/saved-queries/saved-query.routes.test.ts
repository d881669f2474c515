import { SAVED_QUERY_API_PATH as URL, type SavedQuery } from '@superset-ts/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUPERSET_EXAMPLE_SCHEDULED_QUERIES } from './schedule/superset-example-schedule.js';
import { startSqlLabTestApp, type SqlLabTestApp } from './test-support/sqllab-test-app.js';

describe('saved queries: /api/v1/saved_query/ and the legacy read', () => {
  let t: SqlLabTestApp;

  const create = async (who: 'alice' | 'bob', body: Record<string, unknown>) => {
    const response = await t.as(t[who], 'POST', URL, {
      db_id: t.databaseId,
      sql: 'select 1',
      ...body,
    });
    return {
      status: response.statusCode,
      body: response.json<{ id: number; result: SavedQuery; message: string }>(),
    };
  };

  beforeAll(async () => {
    t = await startSqlLabTestApp({
      overrides: { SCHEDULED_QUERIES: SUPERSET_EXAMPLE_SCHEDULED_QUERIES },
    });
  });
  afterAll(async () => t.close());

  it('creates, reads, updates and deletes a saved query of its owner', async () => {
    const created = await create('alice', {
      label: 'Daily sales',
      description: 'per region',
      schema: 'main',
      template_parameters: '{"region": "EU"}',
    });
    expect(created.status).toBe(201);
    expect(created.body.result).toMatchObject({
      label: 'Daily sales',
      description: 'per region',
      db_id: t.databaseId,
      database: { id: t.databaseId, database_name: 'shared' },
      schema: 'main',
      sql: 'select 1',
      template_parameters: '{"region": "EU"}',
      extra_json: '{}',
      created_by: { first_name: 'Test', last_name: 'User' },
    });
    const id = created.body.id;

    const updated = await t.as(t.alice, 'PUT', `${URL}${id}`, {
      sql: 'select 2',
      label: 'Renamed',
    });
    expect(updated.statusCode).toBe(200);
    expect(updated.json<{ result: SavedQuery }>().result).toMatchObject({
      label: 'Renamed',
      sql: 'select 2',
      description: 'per region',
    });

    const read = await t.as(t.alice, 'GET', `${URL}${id}`);
    expect(read.json<{ result: SavedQuery }>().result.sql).toBe('select 2');

    expect((await t.as(t.alice, 'DELETE', `${URL}${id}`)).statusCode).toBe(200);
    expect((await t.as(t.alice, 'GET', `${URL}${id}`)).statusCode).toBe(404);
  });

  it("keeps each user's saved queries to themselves", async () => {
    const own = await create('bob', { label: 'bob private' });
    const id = own.body.id;
    for (const [method, body] of [
      ['GET', undefined],
      ['PUT', { label: 'stolen' }],
      ['DELETE', undefined],
    ] as const) {
      expect((await t.as(t.alice, method, `${URL}${id}`, body)).statusCode).toBe(404);
    }
    const list = await t.as(t.alice, 'GET', URL);
    expect(list.json<{ result: SavedQuery[] }>().result.map((q) => q.label)).not.toContain(
      'bob private',
    );
    const bobs = await t.as(t.bob, 'GET', `${URL}${id}`);
    expect(bobs.json<{ result: SavedQuery }>().result.label).toBe('bob private');
  });

  it('filters and pages the list with a Rison q', async () => {
    await create('alice', { label: 'revenue by month', sql: 'select sum(amount) from orders' });
    await create('alice', { label: 'churn', description: 'monthly revenue loss' });
    const q = encodeURIComponent(
      "(filters:!((col:label,opr:ct,value:'REVENUE')),order_column:label,order_direction:asc)",
    );
    const list = await t.as(t.alice, 'GET', `${URL}?q=${q}`);
    expect(list.statusCode).toBe(200);
    const body = list.json<{ count: number; ids: number[]; result: SavedQuery[] }>();
    expect(body.result.map((row) => row.label)).toEqual(['revenue by month']);
    expect(body.count).toBe(1);
    expect(body.ids).toEqual([body.result[0]?.id]);

    const bySql = encodeURIComponent('(filters:!((col:sql,opr:ct,value:orders)))');
    const found = await t.as(t.alice, 'GET', `${URL}?q=${bySql}`);
    expect(found.json<{ result: SavedQuery[] }>().result.map((row) => row.label)).toEqual([
      'revenue by month',
    ]);

    const badColumn = encodeURIComponent('(filters:!((col:password,opr:eq,value:x)))');
    expect((await t.as(t.alice, 'GET', `${URL}?q=${badColumn}`)).statusCode).toBe(400);
  });

  it('bulk deletes only when every id is the caller’s', async () => {
    const a = (await create('alice', { label: 'bulk a' })).body.id;
    const b = (await create('alice', { label: 'bulk b' })).body.id;
    const bobs = (await create('bob', { label: 'bulk bob' })).body.id;

    const refused = await t.as(t.alice, 'DELETE', `${URL}?q=!(${a},${bobs})`);
    expect(refused.statusCode).toBe(404);
    expect((await t.as(t.alice, 'GET', `${URL}${a}`)).statusCode).toBe(200);

    const deleted = await t.as(t.alice, 'DELETE', `${URL}?q=!(${a},${b})`);
    expect(deleted.statusCode).toBe(200);
    expect(deleted.json<{ message: string }>().message).toBe('Deleted 2 saved queries');
    expect((await t.as(t.alice, 'GET', `${URL}${b}`)).statusCode).toBe(404);
    expect((await t.as(t.bob, 'GET', `${URL}${bobs}`)).statusCode).toBe(200);
  });

  it('refuses a database the user may not use, naming db_id', async () => {
    const refused = await create('alice', { label: 'x', db_id: t.privateDatabaseId });
    expect(refused.status).toBe(400);
    expect(refused.body.message).toContain('db_id');
  });

  it('validates schedule_info against SCHEDULED_QUERIES (less_equal start/end)', async () => {
    const schedule = (start: string, end: string) =>
      JSON.stringify({
        schedule_info: {
          output_table: 'out',
          start_date: start,
          end_date: end,
          schedule_interval: '@daily',
        },
      });
    const refused = await create('alice', {
      label: 'scheduled',
      extra_json: schedule('2025-03-01T09:00:00Z', '2025-02-01T09:00:00Z'),
    });
    expect(refused.status).toBe(400);
    expect(refused.body.message).toContain(
      'extra_json.schedule_info.end_date: End date cannot be before start date',
    );

    const accepted = await create('alice', {
      label: 'scheduled',
      extra_json: schedule('2025-01-01T09:00:00Z', '2025-02-01T09:00:00Z'),
    });
    expect(accepted.status).toBe(201);

    const badUpdate = await t.as(t.alice, 'PUT', `${URL}${accepted.body.id}`, {
      extra_json: schedule('2025-01-01T09:00:00Z', 'next week'),
    });
    expect(badUpdate.statusCode).toBe(400);
    expect(badUpdate.json<{ message: string }>().message).toContain(
      'extra_json.schedule_info.end_date',
    );

    const notJson = await create('alice', { label: 'x', extra_json: '{oops' });
    expect(notJson.status).toBe(400);
    expect(notJson.body.message).toContain('extra_json: must be JSON text');
  });

  it('serves the legacy /savedqueryviewapi/api/read for schedulers', async () => {
    const extra = {
      schedule_info: {
        output_table: 'legacy_out',
        start_date: '2025-01-01T00:00:00Z',
        end_date: '2025-01-02T00:00:00Z',
      },
    };
    const saved = await create('bob', {
      label: 'legacy',
      schema: 'main',
      extra_json: JSON.stringify(extra),
    });
    const response = await t.as(t.bob, 'GET', '/savedqueryviewapi/api/read');
    expect(response.statusCode).toBe(200);
    const body = response.json<Record<string, unknown> & { result: Record<string, unknown>[] }>();
    expect(body).toMatchObject({
      modelview_name: 'SavedQueryViewApi',
      list_columns: [
        'id',
        'label',
        'sqlalchemy_uri',
        'user_email',
        'schema',
        'description',
        'sql',
        'extra_json',
        'extra',
      ],
    });
    expect(body.count).toBe(body.result.length);
    expect(body.ids).toEqual(body.result.map((row) => row.id));
    expect(body.result.find((row) => row.id === saved.body.id)).toEqual({
      id: saved.body.id,
      label: 'legacy',
      sqlalchemy_uri: expect.stringMatching(/^sqlite:\/\/\//) as unknown,
      user_email: 'bob@example.com',
      schema: 'main',
      description: null,
      sql: 'select 1',
      extra_json: JSON.stringify(extra),
      extra,
    });
    // bob sees his own only; Admin (all_query_access) sees everyone's.
    expect(body.result.every((row) => row.user_email === 'bob@example.com')).toBe(true);
    const admin = await t.as(t.api.admin, 'GET', '/savedqueryviewapi/api/read');
    const emails = new Set(
      admin.json<{ result: { user_email: string }[] }>().result.map((r) => r.user_email),
    );
    expect(emails).toEqual(new Set(['alice@example.com', 'bob@example.com']));
  });

  it('is refused to a user without SavedQuery permissions', async () => {
    expect((await t.as(t.api.gamma, 'GET', URL)).statusCode).toBe(403);
    expect((await t.as(t.api.gamma, 'GET', '/savedqueryviewapi/api/read')).statusCode).toBe(403);
  });
});
