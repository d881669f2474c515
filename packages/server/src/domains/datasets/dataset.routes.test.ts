import {
  DATASETS_API_PATH as URL,
  type DatasetDetail,
  type DatasetListItem,
} from '@superset-ts/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDatasetTestApp, type DatasetTestApp } from './test-support/dataset-test-app.js';

let t: DatasetTestApp;
beforeAll(async () => {
  t = await startDatasetTestApp();
});
afterAll(async () => {
  await t.close();
});

const detail = async (id: number, who = t.admin) => {
  const response = await t.as(who, 'GET', `${URL}${id}`);
  return { status: response.statusCode, body: response.json<{ result: DatasetDetail }>().result };
};
const list = async (who = t.admin, q = '') => {
  const response = await t.as(who, 'GET', `${URL}${q ? `?q=${encodeURIComponent(q)}` : ''}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ count: number; result: DatasetListItem[] }>();
};

describe('creating datasets', () => {
  it('creates a physical dataset with the table columns, a count metric and the creator as owner', async () => {
    const id = await t.createDataset({ table_name: 'orders' });
    const { status, body } = await detail(id);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      table_name: 'orders',
      kind: 'physical',
      uid: `${id}__table`,
      main_dttm_col: 'placed_at',
      database: { id: t.databaseId, database_name: 'analytics', backend: 'sqlite' },
      owners: [expect.objectContaining({ first_name: 'Test' })],
      metrics: [expect.objectContaining({ metric_name: 'count', expression: 'COUNT(*)' })],
    });
    const columns = Object.fromEntries(body.columns.map((c) => [c.column_name, c]));
    expect(Object.keys(columns).sort()).toEqual(['amount', 'id', 'placed_at', 'region']);
    expect(columns.placed_at).toMatchObject({ is_dttm: true, groupby: true, filterable: true });
    expect(columns.region?.is_dttm).toBe(false);
    expect(body.select_star).toMatch(/FROM\s+"?orders"?/i);
  });

  it('refuses a second dataset of the same table, and a table that does not exist', async () => {
    const again = await t.as(t.admin, 'POST', URL, {
      database: t.databaseId,
      table_name: 'orders',
    });
    expect(again.statusCode).toBe(422);
    expect(again.json()).toMatchObject({ errors: [{ error_type: 'DATASET_ALREADY_EXISTS' }] });
    const missing = await t.as(t.admin, 'POST', URL, {
      database: t.databaseId,
      table_name: 'nope',
    });
    expect(missing.statusCode).toBe(422);
    expect(missing.json<{ message: string }>().message).toMatch(
      /Table \[nope\] could not be found/,
    );
    const noDb = await t.as(t.admin, 'POST', URL, { database: 9999, table_name: 'orders' });
    expect(noDb.statusCode).toBe(422);
    expect(noDb.json<{ message: string }>().message).toMatch(/Database does not exist/);
  });

  it('creates a virtual dataset from a SELECT, and refuses SQL that writes or has two statements', async () => {
    const created = await t.as(t.admin, 'POST', URL, {
      database: t.databaseId,
      table_name: 'sales_by_region',
      sql: 'SELECT region, SUM(amount) AS total FROM orders GROUP BY region',
    });
    expect(created.statusCode, created.body).toBe(201);
    const { id, data } = created.json<{ id: number; data: { uid: string; type: string } }>();
    // SQL Lab's "save dataset" opens Explore with the dataset the create answers.
    expect(data).toMatchObject({ uid: `${id}__table`, type: 'table' });
    const { body } = await detail(id);
    expect(body.kind).toBe('virtual');
    expect(body.columns.map((c) => c.column_name).sort()).toEqual(['region', 'total']);
    const write = await t.as(t.admin, 'POST', URL, {
      database: t.databaseId,
      table_name: 'evil',
      sql: 'DELETE FROM orders',
    });
    expect(write.statusCode).toBe(400);
    expect(write.json()).toMatchObject({ errors: [{ error_type: 'DML_NOT_ALLOWED_ERROR' }] });
    const two = await t.as(t.admin, 'POST', URL, {
      database: t.databaseId,
      table_name: 'two',
      sql: 'SELECT 1; SELECT 2',
    });
    expect(two.statusCode).toBe(422);
    expect((await list()).result.map((d) => d.table_name)).not.toContain('evil');
  });
});

describe('listing and access', () => {
  it('filters physical and virtual datasets and names in the list', async () => {
    const physical = await list(
      t.admin,
      '(filters:!((col:sql,opr:dataset_is_null_or_empty,value:!t)))',
    );
    expect(physical.result.every((d) => d.kind === 'physical')).toBe(true);
    expect(physical.result.map((d) => d.table_name)).toContain('orders');
    const virtual = await list(
      t.admin,
      '(filters:!((col:sql,opr:dataset_is_null_or_empty,value:!f)))',
    );
    expect(virtual.result.map((d) => d.table_name)).toEqual(['sales_by_region']);
    const named = await list(t.admin, '(filters:!((col:table_name,opr:ct,value:REGION)))');
    expect(named.count).toBe(1);
    expect(named.result[0]).toMatchObject({
      database: { database_name: 'analytics' },
      explore_url: expect.stringContaining('datasource_id=') as unknown,
      changed_on_delta_humanized: expect.any(String) as unknown,
    });
    const bad = await t.as(
      t.admin,
      'GET',
      `${URL}?q=${encodeURIComponent('(filters:!((col:sql,opr:ct,value:x)))')}`,
    );
    expect(bad.statusCode).toBe(400);
  });

  it('shows a Gamma user with datasource_access that dataset only', async () => {
    const orders = (await list(t.admin, '(filters:!((col:table_name,opr:eq,value:orders)))'))
      .result[0];
    const other = (
      await list(t.admin, '(filters:!((col:table_name,opr:eq,value:sales_by_region)))')
    ).result[0];
    if (!orders || !other) throw new Error('fixtures missing');
    expect((await list(t.gamma)).count).toBe(0);
    const viewer = await t.gammaWith(
      'viewer',
      'datasource_access',
      `[analytics].[orders](id:${orders.id})`,
    );
    const seen = await list(viewer);
    expect(seen.result.map((d) => d.id)).toEqual([orders.id]);
    expect((await detail(orders.id, viewer)).status).toBe(200);
    expect((await t.as(viewer, 'GET', `${URL}${other.id}`)).statusCode).toBe(404);
    // Reading is not changing: Gamma has no can_write on Dataset.
    expect((await t.as(viewer, 'PUT', `${URL}${orders.id}`, { description: 'x' })).statusCode).toBe(
      403,
    );
  });

  it('lets only owners and admins change a dataset', async () => {
    const id = await t.createDataset({ table_name: 'owned', sql: 'SELECT 1 AS one' });
    const byAlpha = await t.as(t.alpha, 'PUT', `${URL}${id}`, { description: 'alpha was here' });
    expect(byAlpha.statusCode).toBe(403);
    expect(byAlpha.json()).toMatchObject({ errors: [{ error_type: 'DATASET_FORBIDDEN' }] });
    expect((await t.as(t.alpha, 'DELETE', `${URL}${id}`)).statusCode).toBe(403);
    const alphaId = (
      await t.as(t.admin, 'GET', `${URL}related/owners?q=${encodeURIComponent('(filter:alpha)')}`)
    ).json<{ result: { value: number }[] }>().result[0]?.value;
    const shared = await t.as(t.admin, 'PUT', `${URL}${id}`, { owners: [alphaId] });
    expect(shared.statusCode, shared.body).toBe(200);
    expect(
      (await t.as(t.alpha, 'PUT', `${URL}${id}`, { description: 'now mine' })).statusCode,
    ).toBe(200);
    expect((await detail(id)).body.description).toBe('now mine');
  });
});

describe('editing and refreshing', () => {
  it('edits nested columns and metrics, and refuses duplicates and unknown ids', async () => {
    const id = await t.createDataset({
      table_name: 'edited',
      sql: 'SELECT region, amount FROM orders',
    });
    const before = (await detail(id)).body;
    const region = before.columns.find((c) => c.column_name === 'region');
    const count = before.metrics[0];
    if (!region || !count) throw new Error('fixtures missing');
    const saved = await t.as(t.admin, 'PUT', `${URL}${id}`, {
      columns: [
        { id: region.id, column_name: 'region', verbose_name: 'Sales region', filterable: false },
        { column_name: 'big', expression: 'amount > 25' },
      ],
      metrics: [
        { id: count.id, metric_name: 'count', expression: 'COUNT(*)', d3format: ',d' },
        { metric_name: 'revenue', expression: 'SUM(amount)', verbose_name: 'Revenue' },
      ],
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const after = (await detail(id)).body;
    expect(after.columns.map((c) => c.column_name).sort()).toEqual(['big', 'region']);
    expect(after.columns.find((c) => c.column_name === 'region')).toMatchObject({
      id: region.id,
      verbose_name: 'Sales region',
      filterable: false,
    });
    expect(after.verbose_map).toMatchObject({ region: 'Sales region', revenue: 'Revenue' });
    expect(after.column_formats).toEqual({ count: ',d' });

    const duplicated = await t.as(t.admin, 'PUT', `${URL}${id}`, {
      columns: [{ column_name: 'a' }, { column_name: 'a' }],
    });
    expect(duplicated.statusCode).toBe(422);
    const unknown = await t.as(t.admin, 'PUT', `${URL}${id}`, {
      metrics: [{ id: 99999, metric_name: 'x', expression: 'COUNT(*)' }],
    });
    expect(unknown.statusCode).toBe(422);
    const badFormat = await t.as(t.admin, 'PUT', `${URL}${id}`, {
      columns: [{ column_name: 'region', python_date_format: '%d/%m/%Y' }],
    });
    expect(badFormat.statusCode).toBe(400);
  });

  it('refreshes from the source, keeping edits of kept columns and calculated columns', async () => {
    t.onSource('create table events (id integer, kind text, old_col text)');
    const id = await t.createDataset({ table_name: 'events' });
    const columns = (await detail(id)).body.columns;
    await t.as(t.admin, 'PUT', `${URL}${id}`, {
      columns: [
        ...columns.map((c) =>
          c.column_name === 'kind'
            ? { id: c.id, column_name: 'kind', verbose_name: 'Kind of event', groupby: false }
            : { id: c.id, column_name: c.column_name },
        ),
        { column_name: 'is_click', expression: "kind = 'click'" },
      ],
    });
    t.onSource(
      'alter table events drop column old_col; alter table events add column at timestamp',
    );
    const refreshed = await t.as(t.admin, 'PUT', `${URL}${id}/refresh`);
    expect(refreshed.statusCode, refreshed.body).toBe(200);
    const after = (await detail(id)).body;
    const byName = Object.fromEntries(after.columns.map((c) => [c.column_name, c]));
    expect(Object.keys(byName).sort()).toEqual(['at', 'id', 'is_click', 'kind']);
    expect(byName.kind).toMatchObject({ verbose_name: 'Kind of event', groupby: false });
    expect(byName.is_click?.expression).toBe("kind = 'click'");
    expect(byName.at?.is_dttm).toBe(true);
    expect(after.main_dttm_col).toBe('at');
  });

  it('duplicates a virtual dataset with its columns and metrics, not a physical one', async () => {
    const source = (await list(t.admin, '(filters:!((col:table_name,opr:eq,value:edited)))'))
      .result[0];
    if (!source) throw new Error('fixture missing');
    const copy = await t.as(t.admin, 'POST', `${URL}duplicate`, {
      base_model_id: source.id,
      table_name: 'edited_copy',
    });
    expect(copy.statusCode, copy.body).toBe(201);
    const copied = (await detail(copy.json<{ id: number }>().id)).body;
    expect(copied.sql).toBe('SELECT region, amount FROM orders');
    expect(copied.metrics.map((m) => m.metric_name).sort()).toEqual(['count', 'revenue']);
    const orders = (await list(t.admin, '(filters:!((col:table_name,opr:eq,value:orders)))'))
      .result[0];
    const physical = await t.as(t.admin, 'POST', `${URL}duplicate`, {
      base_model_id: orders?.id,
      table_name: 'orders_copy',
    });
    expect(physical.statusCode).toBe(422);
  });
});

describe('related objects and deleting', () => {
  it('reports no charts or dashboards yet', async () => {
    const id = (await list()).result[0]?.id;
    const response = await t.as(t.admin, 'GET', `${URL}${id}/related_objects`);
    expect(response.json()).toEqual({
      charts: { count: 0, result: [] },
      dashboards: { count: 0, result: [] },
    });
  });

  it('deletes datasets with their access permission', async () => {
    const id = await t.createDataset({ table_name: 'doomed', sql: 'SELECT 1 AS x' });
    const viewMenu = `[analytics].[doomed](id:${id})`;
    const holder = await t.gammaWith('doomed_viewer', 'datasource_access', viewMenu);
    expect((await list(holder)).count).toBe(1);
    expect((await t.as(t.admin, 'DELETE', `${URL}${id}`)).statusCode).toBe(200);
    expect((await detail(id)).status).toBe(404);
    const left = await t.api.t.metadataDb.kysely
      .selectFrom('ab_view_menu')
      .select('id')
      .where('name', '=', viewMenu)
      .execute();
    expect(left).toEqual([]);

    const a = await t.createDataset({ table_name: 'bulk_a', sql: 'SELECT 1 AS x' });
    const b = await t.createDataset({ table_name: 'bulk_b', sql: 'SELECT 1 AS x' });
    const bulk = await t.as(t.admin, 'DELETE', `${URL}?q=${encodeURIComponent(`!(${a},${b})`)}`);
    expect(bulk.json()).toEqual({ message: 'Deleted 2 datasets' });
    expect(
      (await t.as(t.admin, 'DELETE', `${URL}?q=${encodeURIComponent(`!(${a})`)}`)).statusCode,
    ).toBe(404);
  });
});

describe('renaming the database', () => {
  it('through the database API moves the datasets’ permissions with it, so grants stay in force', async () => {
    const id = await t.createDataset({ table_name: 'renamed', sql: 'SELECT 1 AS x' });
    const holder = await t.gammaWith(
      'rename_viewer',
      'datasource_access',
      `[analytics].[renamed](id:${id})`,
    );
    const renamed = await t.as(t.admin, 'PUT', `/api/v1/database/${t.databaseId}`, {
      database_name: 'analytics2',
    });
    expect(renamed.statusCode).toBe(200);
    const { kysely } = t.api.t.metadataDb;
    const row = await kysely
      .selectFrom('tables')
      .select('perm')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row.perm).toBe(`[analytics2].[renamed](id:${id})`);
    const menus = await kysely
      .selectFrom('ab_view_menu')
      .select('name')
      .where('name', 'like', '%[renamed]%')
      .execute();
    expect(menus.map((m) => m.name)).toEqual([`[analytics2].[renamed](id:${id})`]);
    expect((await list(holder)).result.map((d) => d.id)).toEqual([id]);
  });
});
