import { CHART_API_PATH as URL, type Chart, type ChartListItem } from '@superset-ts/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startChartTestApp, type ChartTestApp } from './test-support/chart-test-app.js';

type ListBody = { count: number; ids: number[]; result: ChartListItem[] };

describe('charts: /api/v1/chart/', () => {
  let t: ChartTestApp;

  const list = async (who: ChartTestApp['alice'], q?: string) => {
    const response = await t.as(who, 'GET', q ? `${URL}?q=${encodeURIComponent(q)}` : URL);
    expect(response.statusCode).toBe(200);
    return response.json<ListBody>();
  };

  beforeAll(async () => {
    t = await startChartTestApp();
  });
  afterAll(async () => t.close());

  it('creates, reads, changes and deletes a chart of its owner', async () => {
    const created = await t.as(t.alice, 'POST', URL, {
      slice_name: 'Revenue',
      viz_type: 'echarts_timeseries_bar',
      datasource_id: t.ordersId,
      datasource_type: 'table',
      params: '{"metrics": ["sum__amount"]}',
      cache_timeout: 600,
      description: 'per day',
    });
    expect(created.statusCode).toBe(201);
    const { id, result } = created.json<{ id: number; result: Record<string, unknown> }>();
    expect(result).toMatchObject({ slice_name: 'Revenue', datasource_id: t.ordersId });

    const read = await t.as(t.alice, 'GET', `${URL}${id}`);
    expect(read.statusCode).toBe(200);
    const alice = await t.userIdOf('alice');
    expect(read.json<{ result: Chart }>().result).toMatchObject({
      id,
      slice_name: 'Revenue',
      viz_type: 'echarts_timeseries_bar',
      params: '{"metrics": ["sum__amount"]}',
      cache_timeout: 600,
      description: 'per day',
      owners: [{ id: alice, first_name: 'Test', last_name: 'User' }],
      dashboards: [],
      datasource_id: t.ordersId,
      datasource_type: 'table',
      datasource_name_text: 'orders',
      datasource_url: `/explore/?datasource_type=table&datasource_id=${t.ordersId}`,
      url: `/explore/?slice_id=${id}`,
      is_managed_externally: false,
    });

    const changed = await t.as(t.alice, 'PUT', `${URL}${id}`, {
      slice_name: 'Revenue per day',
      certified_by: 'Finance',
    });
    expect(changed.statusCode).toBe(200);
    const after = (await t.as(t.alice, 'GET', `${URL}${id}`)).json<{ result: Chart }>().result;
    expect(after).toMatchObject({
      slice_name: 'Revenue per day',
      certified_by: 'Finance',
      description: 'per day',
    });

    expect((await t.as(t.alice, 'DELETE', `${URL}${id}`)).statusCode).toBe(200);
    expect((await t.as(t.alice, 'GET', `${URL}${id}`)).statusCode).toBe(404);
  });

  it('shows a chart only to those who may access its dataset', async () => {
    const id = await t.createChart(t.alice, { slice_name: 'visible to orders readers' });
    const hidden = await t.createChart(t.admin, {
      slice_name: 'on secret',
      datasource_id: t.secretId,
    });
    expect((await t.as(t.gamma, 'GET', `${URL}${id}`)).statusCode).toBe(404);
    expect((await list(t.gamma)).result.map((c) => c.id)).not.toContain(id);
    expect((await t.as(t.bob, 'GET', `${URL}${id}`)).statusCode).toBe(200);
    const bobs = (await list(t.bob)).result.map((c) => c.id);
    expect(bobs).toContain(id);
    expect(bobs).not.toContain(hidden);
    expect((await t.as(t.bob, 'GET', `${URL}${hidden}`)).statusCode).toBe(404);
    expect((await list(t.admin)).result.map((c) => c.id)).toEqual(
      expect.arrayContaining([id, hidden]),
    );

    const refused = await t.as(t.alice, 'POST', URL, {
      slice_name: 'x',
      datasource_id: t.secretId,
      datasource_type: 'table',
    });
    expect(refused.statusCode).toBe(403);
    const missing = await t.as(t.alice, 'POST', URL, {
      slice_name: 'x',
      datasource_id: 987654,
      datasource_type: 'table',
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json<{ message: string }>().message).toContain('datasource_id');
  });

  it('lets only owners and Admin change or delete a chart', async () => {
    const id = await t.createChart(t.alice, { slice_name: 'owned by alice' });
    expect((await t.as(t.bob, 'PUT', `${URL}${id}`, { slice_name: 'stolen' })).statusCode).toBe(
      403,
    );
    expect((await t.as(t.bob, 'DELETE', `${URL}${id}`)).statusCode).toBe(403);
    // Explore refreshes the saved query context of any chart it shows.
    const refresh = await t.as(t.bob, 'PUT', `${URL}${id}`, {
      query_context: '{"queries": []}',
      query_context_generation: true,
    });
    expect(refresh.statusCode).toBe(200);

    const bob = await t.userIdOf('bob');
    const alice = await t.userIdOf('alice');
    expect((await t.as(t.alice, 'PUT', `${URL}${id}`, { owners: [alice, bob] })).statusCode).toBe(
      200,
    );
    expect((await t.as(t.bob, 'PUT', `${URL}${id}`, { slice_name: 'shared' })).statusCode).toBe(
      200,
    );
    expect((await t.as(t.admin, 'PUT', `${URL}${id}`, { viz_type: 'pie' })).statusCode).toBe(200);
    const chart = (await t.as(t.alice, 'GET', `${URL}${id}`)).json<{ result: Chart }>().result;
    expect(chart).toMatchObject({ slice_name: 'shared', viz_type: 'pie' });
    expect(chart.query_context).toBe('{"queries": []}');
    expect(chart.owners.map((o) => o.id).sort()).toEqual([alice, bob].sort());

    const unknownOwner = await t.as(t.alice, 'PUT', `${URL}${id}`, { owners: [987654] });
    expect(unknownOwner.statusCode).toBe(400);
    expect(unknownOwner.json<{ message: string }>().message).toContain('owners');
  });

  it('bulk deletes only when every chart is the caller’s', async () => {
    const a = await t.createChart(t.alice, { slice_name: 'bulk a' });
    const b = await t.createChart(t.alice, { slice_name: 'bulk b' });
    const bobs = await t.createChart(t.bob, { slice_name: 'bulk bob' });
    expect((await t.as(t.alice, 'DELETE', `${URL}?q=!(${a},${bobs})`)).statusCode).toBe(403);
    expect((await t.as(t.alice, 'GET', `${URL}${a}`)).statusCode).toBe(200);
    const deleted = await t.as(t.alice, 'DELETE', `${URL}?q=!(${a},${b})`);
    expect(deleted.statusCode).toBe(200);
    expect(deleted.json<{ message: string }>().message).toBe('Deleted 2 charts');
    expect((await t.as(t.alice, 'GET', `${URL}${b}`)).statusCode).toBe(404);
    expect((await t.as(t.bob, 'GET', `${URL}${bobs}`)).statusCode).toBe(200);
  });

  it('filters, orders and pages the list as the chart list asks', async () => {
    const pie = await t.createChart(t.bob, { slice_name: 'Zebra pie', viz_type: 'pie' });
    const certified = await t.createChart(t.bob, {
      slice_name: 'Aardvark certified',
      certified_by: 'Data team',
    });
    const bob = await t.userIdOf('bob');

    const byName = await list(t.bob, '(filters:!((col:slice_name,opr:ct,value:zebra)))');
    expect(byName.result.map((c) => c.id)).toEqual([pie]);
    expect(byName.count).toBe(1);
    expect(byName.ids).toEqual([pie]);
    expect(byName.result[0]).toMatchObject({
      viz_type: 'pie',
      datasource_name_text: 'orders',
      changed_on_delta_humanized: expect.any(String) as unknown,
      owners: [{ id: bob }],
      created_by: { id: bob },
      form_data: { slice_id: pie, viz_type: 'pie', datasource: `${t.ordersId}__table` },
      table: { table_name: 'orders' },
    });

    const byType = await list(t.bob, '(filters:!((col:viz_type,opr:eq,value:pie)))');
    expect(byType.result.map((c) => c.id)).toContain(pie);
    expect(byType.result.every((c) => c.viz_type === 'pie')).toBe(true);

    const certifiedOnly = await list(
      t.bob,
      '(filters:!((col:id,opr:chart_is_certified,value:!t)))',
    );
    expect(certifiedOnly.result.map((c) => c.id)).toEqual([certified]);

    const mine = await list(t.bob, `(filters:!((col:owners,opr:rel_m_m,value:${bob})))`);
    expect(mine.result.map((c) => c.id)).toEqual(expect.arrayContaining([pie, certified]));
    expect(mine.result.every((c) => c.owners.some((o) => o.id === bob))).toBe(true);
    const createdByBob = await list(
      t.bob,
      `(filters:!((col:created_by,opr:rel_o_m,value:${bob})))`,
    );
    expect(createdByBob.result.every((c) => c.created_by?.id === bob)).toBe(true);

    const onOrders = await list(
      t.bob,
      `(filters:!((col:datasource_id,opr:eq,value:${t.ordersId})),order_column:slice_name,order_direction:asc,page_size:1)`,
    );
    expect(onOrders.result).toHaveLength(1);
    expect(onOrders.result[0]?.slice_name).toBe('Aardvark certified');
    expect(onOrders.count).toBeGreaterThan(1);

    const allText = await list(t.bob, '(filters:!((col:slice_name,opr:chart_all_text,value:PIE)))');
    expect(allText.result.map((c) => c.id)).toContain(pie);

    const bad = await t.as(
      t.bob,
      'GET',
      `${URL}?q=${encodeURIComponent('(filters:!((col:params,opr:ct,value:x)))')}`,
    );
    expect(bad.statusCode).toBe(400);
  });

  it('keeps favourites per user, reports them and filters by them', async () => {
    const id = await t.createChart(t.alice, { slice_name: 'favourite' });
    const other = await t.createChart(t.alice, { slice_name: 'not favourite' });
    expect((await t.as(t.bob, 'POST', `${URL}${id}/favorites/`)).statusCode).toBe(200);
    expect((await t.as(t.bob, 'POST', `${URL}${id}/favorites/`)).statusCode).toBe(200);

    const status = await t.as(t.bob, 'GET', `${URL}favorite_status/?q=!(${id},${other})`);
    expect(status.json()).toEqual({
      result: [
        { id, value: true },
        { id: other, value: false },
      ],
    });
    const alices = await t.as(t.alice, 'GET', `${URL}favorite_status/?q=!(${id})`);
    expect(alices.json()).toEqual({ result: [{ id, value: false }] });

    const favourites = await list(t.bob, '(filters:!((col:id,opr:chart_is_favorite,value:!t)))');
    expect(favourites.result.map((c) => c.id)).toEqual([id]);

    expect((await t.as(t.bob, 'DELETE', `${URL}${id}/favorites/`)).statusCode).toBe(200);
    const cleared = await t.as(t.bob, 'GET', `${URL}favorite_status/?q=!(${id})`);
    expect(cleared.json()).toEqual({ result: [{ id, value: false }] });

    expect((await t.as(t.gamma, 'POST', `${URL}${id}/favorites/`)).statusCode).toBe(404);
    expect((await t.as(t.gamma, 'GET', `${URL}favorite_status/?q=!(${id})`)).statusCode).toBe(404);
  });

  it('offers active users as owners, searched by name', async () => {
    const response = await t.as(
      t.alice,
      'GET',
      `${URL}related/owners?q=${encodeURIComponent('(filter:bob)')}`,
    );
    expect(response.statusCode).toBe(200);
    const bob = await t.userIdOf('bob');
    expect(response.json()).toEqual({ count: 1, result: [{ value: bob, text: 'Test User' }] });
  });

  it('is refused to callers without Chart permissions', async () => {
    const anonymous = await t.api.t.app.inject({ method: 'GET', url: URL });
    expect(anonymous.statusCode).toBe(401);
  });
});
