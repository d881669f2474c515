import {
  DASHBOARD_API_PATH as URL,
  type Dashboard,
  type DashboardChart,
  type DashboardListItem,
} from '@superset-ts/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserHeaders } from '../session/test-support/session-client.js';
import {
  layoutWith,
  startDashboardTestApp,
  type DashboardTestApp,
} from './test-support/dashboard-test-app.js';

type ListBody = { count: number; ids: number[]; result: DashboardListItem[] };

describe('dashboards: /api/v1/dashboard/', () => {
  let t: DashboardTestApp;

  const q = (rison: string) => `?q=${encodeURIComponent(rison)}`;
  const list = async (who: BrowserHeaders, rison = '()') => {
    const response = await t.as(who, 'GET', `${URL}${q(rison)}`);
    expect(response.statusCode).toBe(200);
    return response.json<ListBody>();
  };
  const read = async (who: BrowserHeaders, idOrSlug: number | string) =>
    (await t.as(who, 'GET', `${URL}${idOrSlug}`)).json<{ result: Dashboard }>().result;

  beforeAll(async () => {
    t = await startDashboardTestApp();
  });
  afterAll(async () => t.close());

  it('creates, reads, changes and deletes a dashboard of its owner', async () => {
    const created = await t.as(t.alice, 'POST', URL, {
      dashboard_title: 'Orders overview',
      slug: 'orders-overview',
      position_json: layoutWith([t.ordersChartId]),
      json_metadata: JSON.stringify({ color_scheme: 'supersetColors' }),
      css: '.x { color: red; }',
    });
    expect(created.statusCode).toBe(201);
    const { id } = created.json<{ id: number }>();

    const alice = await t.userIdOf('alice');
    const dashboard = await read(t.alice, 'orders-overview');
    expect(dashboard).toMatchObject({
      id,
      dashboard_title: 'Orders overview',
      slug: 'orders-overview',
      url: '/superset/dashboard/orders-overview/',
      published: false,
      css: '.x { color: red; }',
      charts: ['Orders'],
      owners: [{ id: alice, first_name: 'Test', last_name: 'User' }],
      roles: [],
    });
    expect(JSON.parse(dashboard.json_metadata ?? '{}')).toEqual({ color_scheme: 'supersetColors' });

    const charts = await t.as(t.alice, 'GET', `${URL}${id}/charts`);
    expect(charts.statusCode).toBe(200);
    const [onlyChart, ...others] = charts.json<{ result: DashboardChart[] }>().result;
    expect(others).toEqual([]);
    expect(onlyChart).toMatchObject({
      id: t.ordersChartId,
      slice_name: 'Orders',
      viz_type: 'table',
      datasource_id: t.ordersId,
      form_data: { slice_id: t.ordersChartId, groupby: ['region'] },
    });

    const changed = await t.as(t.alice, 'PUT', `${URL}${id}`, {
      dashboard_title: 'Orders',
      published: true,
      position_json: layoutWith([]),
    });
    expect(changed.statusCode).toBe(200);
    const after = await read(t.alice, id);
    expect(after).toMatchObject({ dashboard_title: 'Orders', published: true, charts: [] });
    expect(after.css).toBe('.x { color: red; }');

    expect((await t.as(t.alice, 'DELETE', `${URL}${id}`)).statusCode).toBe(200);
    expect((await t.as(t.alice, 'GET', `${URL}${id}`)).statusCode).toBe(404);
  });

  it('refuses a slug another dashboard has, on create and on change', async () => {
    await t.createDashboard(t.alice, { slug: 'taken' });
    const again = await t.as(t.bob, 'POST', URL, { dashboard_title: 'B', slug: 'taken' });
    expect(again.statusCode).toBe(422);
    expect(again.json()).toMatchObject({ errors: [{ error_type: 'DASHBOARD_SLUG_EXISTS' }] });
    const other = await t.createDashboard(t.alice, { slug: 'other' });
    const renamed = await t.as(t.alice, 'PUT', `${URL}${other}`, { slug: 'taken' });
    expect(renamed.statusCode).toBe(422);
    expect((await t.as(t.alice, 'PUT', `${URL}${other}`, { slug: 'other' })).statusCode).toBe(200);
  });

  it('refuses a layout with charts that do not exist or that the user may not see', async () => {
    const unknown = await t.as(t.alice, 'POST', URL, { position_json: layoutWith([999_999]) });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json()).toMatchObject({ errors: [{ error_type: 'DASHBOARD_INVALID' }] });
    expect(unknown.json<{ message: string }>().message).toContain('999999');
    const secret = await t.as(t.alice, 'POST', URL, {
      position_json: layoutWith([t.secretChartId]),
    });
    expect(secret.statusCode).toBe(422);

    // A chart already on the dashboard stays savable by an owner who cannot read it.
    const shared = await t.createDashboard(t.admin, {
      owners: [await t.userIdOf('alice')],
      position_json: layoutWith([t.secretChartId]),
    });
    const kept = await t.as(t.alice, 'PUT', `${URL}${shared}`, {
      position_json: layoutWith([t.secretChartId, t.ordersChartId]),
    });
    expect(kept.statusCode).toBe(200);
    expect((await read(t.admin, shared)).charts.sort()).toEqual(['Orders', 'Secret']);
  });

  it('lets only owners and admins change or delete a dashboard others can see', async () => {
    const id = await t.createDashboard(t.alice, {
      published: true,
      position_json: layoutWith([t.ordersChartId]),
    });
    const byBob = await t.as(t.bob, 'PUT', `${URL}${id}`, { dashboard_title: 'Mine now' });
    expect(byBob.statusCode).toBe(403);
    expect((await t.as(t.bob, 'DELETE', `${URL}${id}`)).statusCode).toBe(403);
    expect(
      (await t.as(t.admin, 'PUT', `${URL}${id}`, { dashboard_title: 'By admin' })).statusCode,
    ).toBe(200);
    expect((await read(t.bob, id)).dashboard_title).toBe('By admin');
  });

  it('deletes in bulk all or nothing', async () => {
    const mine = await t.createDashboard(t.bob, { dashboard_title: 'bulk 1' });
    const alsoMine = await t.createDashboard(t.bob, { dashboard_title: 'bulk 2' });
    const notMine = await t.createDashboard(t.alice, {
      dashboard_title: 'bulk 3',
      published: true,
      position_json: layoutWith([t.ordersChartId]),
    });
    const refused = await t.as(t.bob, 'DELETE', `${URL}${q(`!(${mine},${notMine})`)}`);
    expect(refused.statusCode).toBe(403);
    expect((await t.as(t.bob, 'GET', `${URL}${mine}`)).statusCode).toBe(200);
    const done = await t.as(t.bob, 'DELETE', `${URL}${q(`!(${mine},${alsoMine})`)}`);
    expect(done.json()).toEqual({ message: 'Deleted 2 dashboards' });
    expect((await t.as(t.bob, 'GET', `${URL}${alsoMine}`)).statusCode).toBe(404);
  });

  it('filters, orders and pages the list', async () => {
    const north = await t.createDashboard(t.bob, { dashboard_title: 'North region', slug: 'nr' });
    const south = await t.createDashboard(t.bob, {
      dashboard_title: 'South region',
      slug: 'zz-south',
      published: true,
      certified_by: 'Finance',
    });
    const byTitle = await list(t.bob, "(filters:!((col:dashboard_title,opr:ct,value:'region')))");
    expect(byTitle.ids.sort()).toEqual([north, south].sort());
    const bySlug = await list(
      t.bob,
      "(filters:!((col:dashboard_title,opr:title_or_slug,value:'zz-sou')))",
    );
    expect(bySlug.ids).toEqual([south]);
    const published = await list(
      t.bob,
      '(filters:!((col:dashboard_title,opr:ct,value:region),(col:published,opr:eq,value:!t)))',
    );
    expect(published.ids).toEqual([south]);
    const certified = await list(
      t.bob,
      '(filters:!((col:id,opr:dashboard_is_certified,value:!t)))',
    );
    expect(certified.ids).toEqual([south]);
    const mine = await list(
      t.bob,
      '(filters:!((col:created_by,opr:dashboard_created_by_me,value:me)))',
    );
    expect(mine.ids).toEqual(expect.arrayContaining([north, south]));
    expect(
      (await list(t.alice, '(filters:!((col:created_by,opr:dashboard_created_by_me,value:me)))'))
        .ids,
    ).not.toContain(north);
    const ordered = await list(
      t.bob,
      '(filters:!((col:dashboard_title,opr:ct,value:region)),order_column:dashboard_title,order_direction:desc,page:0,page_size:1)',
    );
    expect(ordered).toMatchObject({ count: 2, ids: [south] });
    expect(ordered.result[0]).toMatchObject({
      status: 'published',
      dashboard_title: 'South region',
    });

    const badFilter = await t.as(
      t.bob,
      'GET',
      `${URL}${q('(filters:!((col:css,opr:eq,value:x)))')}`,
    );
    expect(badFilter.statusCode).toBe(400);
  });

  it('marks and unmarks favourites, and filters the list on them', async () => {
    const id = await t.createDashboard(t.bob, { dashboard_title: 'Favourite' });
    const other = await t.createDashboard(t.bob, { dashboard_title: 'Not favourite' });
    expect((await t.as(t.bob, 'POST', `${URL}${id}/favorites/`)).statusCode).toBe(200);
    const status = await t.as(t.bob, 'GET', `${URL}favorite_status/${q(`!(${id},${other})`)}`);
    expect(status.json()).toEqual({
      result: [
        { id, value: true },
        { id: other, value: false },
      ],
    });
    const favourites = await list(
      t.bob,
      '(filters:!((col:id,opr:dashboard_is_favorite,value:!t)))',
    );
    expect(favourites.ids).toEqual([id]);
    expect((await t.as(t.bob, 'DELETE', `${URL}${id}/favorites/`)).statusCode).toBe(200);
    const after = await t.as(t.bob, 'GET', `${URL}favorite_status/${q(`!(${id})`)}`);
    expect(after.json()).toEqual({ result: [{ id, value: false }] });
  });

  it('copies a dashboard for the caller, sharing or duplicating its charts', async () => {
    const original = await t.createDashboard(t.alice, {
      dashboard_title: 'Original',
      published: true,
      position_json: layoutWith([t.ordersChartId]),
    });
    const copied = await t.as(t.bob, 'POST', `${URL}${original}/copy/`, {
      dashboard_title: 'Copy of original',
      json_metadata: '{}',
    });
    expect(copied.statusCode).toBe(200);
    const copyId = copied.json<{ result: { id: number } }>().result.id;
    const copy = await read(t.bob, copyId);
    expect(copy).toMatchObject({
      dashboard_title: 'Copy of original',
      published: false,
      charts: ['Orders'],
      owners: [expect.objectContaining({ id: await t.userIdOf('bob') })],
    });

    const duplicated = await t.as(t.bob, 'POST', `${URL}${original}/copy/`, {
      dashboard_title: 'With new charts',
      json_metadata: '{}',
      duplicate_slices: true,
    });
    const duplicateId = duplicated.json<{ result: { id: number } }>().result.id;
    const charts = (await t.as(t.bob, 'GET', `${URL}${duplicateId}/charts`)).json<{
      result: DashboardChart[];
    }>().result;
    expect(charts).toHaveLength(1);
    expect(charts[0]?.id).not.toBe(t.ordersChartId);
    expect(charts[0]?.slice_name).toBe('Orders');
    const layout = JSON.parse((await read(t.bob, duplicateId)).position_json ?? '{}') as Record<
      string,
      { type?: string; meta?: { chartId?: number } }
    >;
    const chartNodes = Object.values(layout).filter((node) => node.type === 'CHART');
    expect(chartNodes.map((node) => node.meta?.chartId)).toEqual([charts[0]?.id]);
  });

  it('lists the datasets of its charts the caller may read, with columns and metrics', async () => {
    const id = await t.createDashboard(t.admin, {
      published: true,
      owners: [await t.userIdOf('alice')],
      position_json: layoutWith([t.ordersChartId, t.secretChartId]),
    });
    const asAdmin = await t.as(t.admin, 'GET', `${URL}${id}/datasets`);
    expect(asAdmin.statusCode).toBe(200);
    const all = asAdmin.json<{ result: { id: number }[] }>().result;
    expect(all.map((dataset) => dataset.id).sort()).toEqual([t.ordersId, t.secretId].sort());
    const asAlice = (await t.as(t.alice, 'GET', `${URL}${id}/datasets`)).json<{
      result: {
        id: number;
        table_name: string;
        database: { id: number; database_name: string };
        columns: { column_name: string }[];
        metrics: unknown[];
      }[];
    }>().result;
    expect(asAlice).toHaveLength(1);
    expect(asAlice[0]).toMatchObject({
      id: t.ordersId,
      table_name: 'orders',
      database: { id: t.databaseId, database_name: 'analytics' },
    });
    expect(asAlice[0]?.columns.map((column) => column.column_name)).toContain('region');
    expect(Array.isArray(asAlice[0]?.metrics)).toBe(true);
  });

  it('offers owners and roles to pick, and its permissions', async () => {
    const owners = await t.as(t.alice, 'GET', `${URL}related/owners${q('(filter:bob)')}`);
    expect(owners.statusCode).toBe(200);
    expect(owners.json<{ result: { text: string }[] }>().result.length).toBeGreaterThan(0);
    const roles = await t.as(t.alice, 'GET', `${URL}related/roles${q('(filter:alice)')}`);
    expect(roles.json()).toMatchObject({ count: 1, result: [{ text: 'alice_role' }] });
    const info = await t.as(t.alice, 'GET', `${URL}_info`);
    expect(info.json<{ permissions: string[] }>().permissions).toEqual(
      expect.arrayContaining(['can_read', 'can_write']),
    );
  });
});
