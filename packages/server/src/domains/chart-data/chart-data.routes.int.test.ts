import { CHART_API_PATH, GenericDataType, type ChartDataResponse } from '@superset-ts/shared';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  describeWithServices,
  LIVE_POSTGRES,
} from '../databases/test-support/live-database-services.js';
import {
  startChartDataTestApp,
  type ChartDataTestApp,
} from './test-support/chart-data-test-app.js';

const SUM_AMOUNT = {
  expressionType: 'SIMPLE',
  aggregate: 'SUM',
  column: { column_name: 'amount' },
  label: 'total',
};

await describeWithServices([LIVE_POSTGRES], 'chart data on PostgreSQL', () => {
  let t: ChartDataTestApp;
  const context = (queries: unknown[], extra: Record<string, unknown> = {}) => ({
    datasource: { id: t.datasetId, type: 'table' },
    queries,
    ...extra,
  });
  const byRegion = () =>
    context([{ columns: ['region'], metrics: [SUM_AMOUNT], orderby: [['region', true]] }]);

  beforeAll(async () => {
    t = await startChartDataTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers a daily time series with epoch-millisecond times and typed columns', async () => {
    const response = await t.post(
      t.viewer,
      context([
        {
          columns: [
            { sqlExpression: 'ds', label: 'ds', columnType: 'BASE_AXIS', timeGrain: 'P1D' },
          ],
          metrics: [SUM_AMOUNT],
          time_range: '2024-01-01 : 2024-01-03',
          filters: [{ col: 'ds', op: 'TEMPORAL_RANGE', val: '2024-01-01 : 2024-01-03' }],
          orderby: [[SUM_AMOUNT, false]],
        },
      ]),
    );
    expect(response.statusCode, response.body).toBe(200);
    const [result] = response.json<ChartDataResponse>().result;
    expect(result?.colnames).toEqual(['ds', 'total']);
    expect(result?.coltypes).toEqual([GenericDataType.TEMPORAL, GenericDataType.NUMERIC]);
    expect(result?.data).toEqual([
      { ds: Date.UTC(2024, 0, 1), total: 30 },
      { ds: Date.UTC(2024, 0, 2), total: 5 },
    ]);
    expect(result?.from_dttm).toBe(Date.UTC(2024, 0, 1));
    expect(result?.query).toContain("DATE_TRUNC('day'");
  });

  it('groups by a column with filters, and reports applied and rejected filters', async () => {
    const response = await t.post(
      t.viewer,
      context([
        {
          columns: ['region'],
          metrics: [SUM_AMOUNT],
          filters: [
            { col: 'region', op: 'IN', val: ['EU', 'US'] },
            { col: 'no_such_column', op: '==', val: 1 },
          ],
          orderby: [['region', true]],
        },
      ]),
    );
    expect(response.statusCode, response.body).toBe(200);
    const [result] = response.json<ChartDataResponse>().result;
    expect(result?.data).toEqual([
      { region: 'EU', total: 15 },
      { region: 'US', total: 27 },
    ]);
    expect(result?.applied_filters).toEqual([{ column: 'region' }]);
    expect(result?.rejected_filters).toEqual([
      { column: 'no_such_column', reason: 'not_in_datasource' },
    ]);
  });

  it("applies a Gamma user's RLS rule, and never serves those rows to others from the cache", async () => {
    const eu = await t.post(t.euViewer, byRegion());
    expect(eu.statusCode, eu.body).toBe(200);
    const [euResult] = eu.json<ChartDataResponse>().result;
    expect(euResult?.data).toEqual([{ region: 'EU', total: 15 }]);
    expect(euResult?.is_cached).toBe(false);

    const all = (await t.post(t.viewer, byRegion())).json<ChartDataResponse>().result[0];
    expect(all?.data.length).toBe(3);
    expect(all?.cache_key).not.toBe(euResult?.cache_key);

    const euAgain = (await t.post(t.euViewer, byRegion())).json<ChartDataResponse>().result[0];
    expect(euAgain?.is_cached).toBe(true);
    expect(euAgain?.cached_dttm).toEqual(expect.any(String));
    expect(euAgain?.data).toEqual([{ region: 'EU', total: 15 }]);
    const forced = (
      await t.post(t.euViewer, { ...byRegion(), force: true })
    ).json<ChartDataResponse>().result[0];
    expect(forced?.is_cached).toBe(false);
  });

  it('downloads CSV with formula-like text defused, and XLSX', async () => {
    const csv = await t.post(t.viewer, { ...byRegion(), result_format: 'csv' });
    expect(csv.statusCode, csv.body).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toMatch(
      /^attachment; filename="superset_export_\d{8}_\d{6}\.csv"$/,
    );
    const lines = csv.body
      .replace(/^\ufeff/, '')
      .trim()
      .split('\n');
    expect(lines[0]).toBe('region,total');
    expect(lines).toContain('EU,15');
    expect(lines.some((line) => line.startsWith(`"'=HYPERLINK`))).toBe(true);

    const xlsx = await t.post(t.viewer, { ...byRegion(), result_format: 'xlsx' });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');

    // Superset's front end downloads by posting a form with the query context in form_data.
    const form = await t.api.t.app.inject({
      method: 'POST',
      url: '/api/v1/chart/data',
      headers: { ...t.viewer, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({
        form_data: JSON.stringify({ ...byRegion(), result_format: 'csv' }),
        filename: 'regions.csv',
      }).toString(),
    });
    expect(form.statusCode, form.body).toBe(200);
    expect(form.headers['content-disposition']).toBe('attachment; filename="regions.csv"');
  });

  it('refuses a dataset the caller may not read, and free-text SQL without SQL Lab access', async () => {
    const denied = await t.post(t.stranger, byRegion());
    expect(denied.statusCode).toBe(403);
    const withWhere = context([
      { columns: ['region'], metrics: [SUM_AMOUNT], extras: { where: 'amount > 6' } },
    ]);
    const refused = await t.post(t.viewer, withWhere);
    expect(refused.statusCode).toBe(403);
    expect(refused.json<{ errors: { error_type: string }[] }>().errors[0]?.error_type).toBe(
      'ADHOC_SQL_NOT_ALLOWED_ERROR',
    );
    const asAdmin = await t.post(t.admin, withWhere);
    expect(asAdmin.statusCode, asAdmin.body).toBe(200);
  });

  it('shows database errors to SQL Lab users; others get a generic message and an id in the log', async () => {
    const failing = {
      datasource: { id: t.failingDatasetId, type: 'table' },
      queries: [{ columns: ['region', 'boom'], metrics: null }],
    };
    const masked = await t.post(t.viewer, failing);
    expect(masked.statusCode).toBe(400);
    const body = masked.json<{ message: string; errors: { extra: { error_id: string } }[] }>();
    expect(body.message).not.toMatch(/division/i);
    const errorId = body.errors[0]?.extra.error_id ?? 'missing';
    expect(body.message).toContain(errorId);
    expect(t.api.log()).toMatch(
      new RegExp(`${errorId}[\\s\\S]*division by zero|division by zero[\\s\\S]*${errorId}`),
    );

    const shown = await t.post(t.admin, failing);
    expect(shown.statusCode).toBe(400);
    expect(shown.json<{ message: string }>().message).toMatch(/division by zero/i);
  });

  it("answers a saved chart's data by its query context", async () => {
    const chart = await t.api.as(t.admin, 'POST', CHART_API_PATH, {
      slice_name: 'Sales by region',
      viz_type: 'table',
      datasource_id: t.datasetId,
      datasource_type: 'table',
      query_context: JSON.stringify(byRegion()),
      cache_timeout: 60,
    });
    expect(chart.statusCode, chart.body).toBe(201);
    const id = chart.json<{ id: number }>().id;
    const data = await t.api.as(t.viewer, 'GET', `/api/v1/chart/${id}/data/?force=true`);
    expect(data.statusCode, data.body).toBe(200);
    const [result] = data.json<ChartDataResponse>().result;
    expect(result?.cache_timeout).toBe(60);
    expect(result?.data.length).toBe(3);
    const csv = await t.api.as(t.viewer, 'GET', `/api/v1/chart/${id}/data/?format=csv`);
    expect(csv.headers['content-disposition']).toContain('superset_Sales_by_region_');
  });
});
