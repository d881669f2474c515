import {
  EXPLORE_API_PATH,
  EXPLORE_FORM_DATA_API_PATH as FORM_DATA,
  EXPLORE_PERMALINK_API_PATH as PERMALINK,
  type ExploreContext,
} from '@superset-ts/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startChartTestApp, type ChartTestApp } from '../charts/test-support/chart-test-app.js';

describe('explore: /api/v1/explore/, form_data and permalink', () => {
  let t: ChartTestApp;
  let chartId: number;

  const storeFormData = async (who: ChartTestApp['alice'], body: Record<string, unknown>) =>
    t.as(who, 'POST', FORM_DATA, {
      datasource_id: t.ordersId,
      datasource_type: 'table',
      form_data: JSON.stringify({ viz_type: 'table', row_limit: 10 }),
      ...body,
    });

  beforeAll(async () => {
    t = await startChartTestApp();
    chartId = await t.createChart(t.alice, { slice_name: 'Explored', viz_type: 'pie' });
  });
  afterAll(async () => t.close());

  it('round-trips unsaved form data, readable by dataset users, changed only by its owner', async () => {
    const created = await storeFormData(t.alice, { chart_id: chartId });
    expect(created.statusCode).toBe(201);
    const { key } = created.json<{ key: string }>();
    expect(key).toMatch(/^[A-Za-z0-9_-]{40,}$/);

    const read = await t.as(t.alice, 'GET', `${FORM_DATA}/${key}`);
    expect(read.json()).toEqual({ form_data: '{"viz_type":"table","row_limit":10}' });
    expect((await t.as(t.bob, 'GET', `${FORM_DATA}/${key}`)).statusCode).toBe(200);
    expect((await t.as(t.gamma, 'GET', `${FORM_DATA}/${key}`)).statusCode).toBe(403);

    const update = { datasource_id: t.ordersId, datasource_type: 'table', form_data: '{"a":1}' };
    expect((await t.as(t.bob, 'PUT', `${FORM_DATA}/${key}`, update)).statusCode).toBe(403);
    expect((await t.as(t.bob, 'DELETE', `${FORM_DATA}/${key}`)).statusCode).toBe(403);
    const updated = await t.as(t.alice, 'PUT', `${FORM_DATA}/${key}`, update);
    expect(updated.statusCode).toBe(200);
    const newKey = updated.json<{ key: string }>().key;
    expect((await t.as(t.alice, 'GET', `${FORM_DATA}/${newKey}`)).json()).toEqual({
      form_data: '{"a":1}',
    });

    expect((await t.as(t.alice, 'DELETE', `${FORM_DATA}/${newKey}`)).statusCode).toBe(200);
    expect((await t.as(t.alice, 'GET', `${FORM_DATA}/${newKey}`)).statusCode).toBe(404);
  });

  it('keeps one key per tab and refuses datasets the user may not access', async () => {
    const first = (
      await t.as(t.alice, 'POST', `${FORM_DATA}?tab_id=3`, {
        datasource_id: t.ordersId,
        datasource_type: 'table',
        form_data: '{"x":1}',
      })
    ).json<{ key: string }>().key;
    const second = (
      await t.as(t.alice, 'POST', `${FORM_DATA}?tab_id=3`, {
        datasource_id: t.ordersId,
        datasource_type: 'table',
        form_data: '{"x":2}',
      })
    ).json<{ key: string }>().key;
    expect(second).toBe(first);
    expect((await t.as(t.alice, 'GET', `${FORM_DATA}/${first}`)).json()).toEqual({
      form_data: '{"x":2}',
    });

    expect((await storeFormData(t.alice, { datasource_id: t.secretId })).statusCode).toBe(403);
    expect((await storeFormData(t.alice, { datasource_id: 987654 })).statusCode).toBe(404);
    expect((await storeFormData(t.alice, { chart_id: 987654 })).statusCode).toBe(404);
    expect((await storeFormData(t.alice, { form_data: 'not json' })).statusCode).toBe(400);
  });

  it('round-trips a permalink, opened only by users of its dataset', async () => {
    const formData = { datasource: `${t.ordersId}__table`, viz_type: 'table', slice_id: chartId };
    const created = await t.as(t.alice, 'POST', PERMALINK, {
      formData,
      urlParams: [['standalone', '1']],
    });
    expect(created.statusCode).toBe(201);
    const { key, url } = created.json<{ key: string; url: string }>();
    expect(url).toBe(`/superset/explore/p/${key}/`);

    const read = await t.as(t.bob, 'GET', `${PERMALINK}/${key}`);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toEqual({
      chartId,
      datasourceId: t.ordersId,
      datasourceType: 'table',
      datasource: `${t.ordersId}__table`,
      state: { formData, urlParams: [['standalone', '1']] },
    });
    expect((await t.as(t.gamma, 'GET', `${PERMALINK}/${key}`)).statusCode).toBe(403);
    expect((await t.as(t.bob, 'GET', `${PERMALINK}/${'0'.repeat(32)}`)).statusCode).toBe(404);

    const secret = await t.as(t.alice, 'POST', PERMALINK, {
      formData: { datasource: `${t.secretId}__table` },
    });
    expect(secret.statusCode).toBe(403);

    const explored = await t.as(t.bob, 'GET', `${EXPLORE_API_PATH}?permalink_key=${key}`);
    expect(explored.json<{ result: ExploreContext }>().result.form_data).toMatchObject({
      viz_type: 'table',
      url_params: { standalone: '1' },
    });
  });

  it('bootstraps Explore from a saved chart, a dataset or unsaved form data', async () => {
    const bySlice = await t.as(t.bob, 'GET', `${EXPLORE_API_PATH}?slice_id=${chartId}`);
    expect(bySlice.statusCode).toBe(200);
    const context = bySlice.json<{ result: ExploreContext }>().result;
    expect(context.form_data).toMatchObject({
      slice_id: chartId,
      viz_type: 'pie',
      datasource: `${t.ordersId}__table`,
      groupby: ['region'],
    });
    expect(context.slice).toMatchObject({ slice_id: chartId, slice_name: 'Explored' });
    expect(context.dataset).toMatchObject({ id: t.ordersId, table_name: 'orders' });
    expect(context.metadata).toMatchObject({ owners: ['Test User'] });
    expect(context.message).toBeNull();

    const byDataset = await t.as(
      t.bob,
      'GET',
      `${EXPLORE_API_PATH}?datasource_id=${t.ordersId}&datasource_type=table`,
    );
    expect(byDataset.json<{ result: ExploreContext }>().result).toMatchObject({
      slice: null,
      form_data: { datasource: `${t.ordersId}__table` },
    });

    const key = (await storeFormData(t.alice, {})).json<{ key: string }>().key;
    const byKey = await t.as(t.alice, 'GET', `${EXPLORE_API_PATH}?form_data_key=${key}`);
    expect(byKey.json<{ result: ExploreContext }>().result.form_data).toMatchObject({
      viz_type: 'table',
      row_limit: 10,
      datasource: `${t.ordersId}__table`,
    });

    const expired = await t.as(
      t.alice,
      'GET',
      `${EXPLORE_API_PATH}?form_data_key=nosuchkey&slice_id=${chartId}`,
    );
    expect(expired.json<{ result: ExploreContext }>().result.message).toBe(
      'Form data not found in cache, reverting to chart metadata.',
    );

    expect((await t.as(t.gamma, 'GET', `${EXPLORE_API_PATH}?slice_id=${chartId}`)).statusCode).toBe(
      404,
    );
    const denied = await t.as(
      t.gamma,
      'GET',
      `${EXPLORE_API_PATH}?datasource_id=${t.ordersId}&datasource_type=table`,
    );
    expect(denied.statusCode).toBe(403);
  });
});
