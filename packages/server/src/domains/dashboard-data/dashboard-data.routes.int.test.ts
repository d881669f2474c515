import {
  CHART_API_PATH,
  DASHBOARD_API_PATH,
  DATASETS_API_PATH,
  type DashboardDataLine,
  type DashboardLayout,
} from '@superset-ts/shared';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  startChartDataTestApp,
  type ChartDataTestApp,
} from '../chart-data/test-support/chart-data-test-app.js';
import {
  describeWithServices,
  LIVE_POSTGRES,
} from '../databases/test-support/live-database-services.js';
import type { BrowserHeaders } from '../session/test-support/session-client.js';
import { onPostgres } from '../sqllab/test-support/sqllab-test-app.js';
import { tabbedLayout } from './test-support/dashboard-fixtures.js';

const SUM_AMOUNT = {
  expressionType: 'SIMPLE',
  aggregate: 'SUM',
  column: { column_name: 'amount' },
  label: 'total',
};
const SLOW_SECONDS = 0.4;

function linesOf(response: LightMyRequestResponse): DashboardDataLine[] {
  expect(response.statusCode, response.body).toBe(200);
  expect(response.headers['content-type']).toBe('application/x-ndjson; charset=utf-8');
  return response.body
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as DashboardDataLine);
}

function lineOf(lines: readonly DashboardDataLine[], chartId: number) {
  return lines.find((line) => 'chart_id' in line && line.chart_id === chartId);
}

function doneOf(lines: readonly DashboardDataLine[]) {
  const done = lines.at(-1);
  if (done?.type !== 'done') throw new Error(`no done line: ${JSON.stringify(lines)}`);
  return done;
}

/** What a test app holds besides chart data's: a slow dataset and a dataset viewers lack. */
interface DashboardDataTestApp {
  t: ChartDataTestApp;
  slowDatasetId: number;
  secretDatasetId: number;
  chart(fields: { datasetId?: number; queryContext?: unknown; name?: string }): Promise<number>;
  dashboard(slug: string, layout: DashboardLayout): Promise<number>;
  post(
    who: BrowserHeaders,
    idOrSlug: string | number,
    body: unknown,
  ): Promise<LightMyRequestResponse>;
}

async function startDashboardDataTestApp(
  overrides: Record<string, unknown> = {},
): Promise<DashboardDataTestApp> {
  const t = await startChartDataTestApp(overrides);
  const as = t.api.as;
  const created = async (response: LightMyRequestResponse) => {
    expect(response.statusCode, response.body).toBe(201);
    return Promise.resolve(response.json<{ id: number }>().id);
  };
  const virtual = async (name: string, sql: string) =>
    created(
      await as(t.admin, 'POST', DATASETS_API_PATH, {
        database: t.databaseId,
        schema: t.schema,
        table_name: name,
        sql,
      }),
    );
  const slowDatasetId = await virtual(
    'slow_sales',
    `SELECT s.* FROM ${t.schema}.sales s CROSS JOIN (SELECT pg_sleep(${SLOW_SECONDS})) AS z`,
  );
  const secretDatasetId = await virtual('secret_sales', `SELECT * FROM ${t.schema}.sales`);
  return {
    t,
    slowDatasetId,
    secretDatasetId,
    async chart({ datasetId = t.datasetId, queryContext, name = 'A chart' }) {
      return created(
        await as(t.admin, 'POST', CHART_API_PATH, {
          slice_name: name,
          viz_type: 'table',
          datasource_id: datasetId,
          datasource_type: 'table',
          ...(queryContext === undefined ? {} : { query_context: JSON.stringify(queryContext) }),
        }),
      );
    },
    async dashboard(slug, layout) {
      return created(
        await as(t.admin, 'POST', DASHBOARD_API_PATH, {
          dashboard_title: slug,
          slug,
          published: true,
          position_json: JSON.stringify(layout),
        }),
      );
    },
    post: (who, idOrSlug, body) =>
      as(who, 'POST', `/api/v1/dashboard/${idOrSlug}/chart_data`, body),
  };
}

/** A saved query context on a dataset: total by region, with the chart's time filter. */
function byRegion(datasetId: number, query: Record<string, unknown> = {}) {
  return {
    datasource: { id: datasetId, type: 'table' },
    queries: [
      {
        columns: ['region'],
        metrics: [SUM_AMOUNT],
        orderby: [['region', true]],
        filters: [{ col: 'ds', op: 'TEMPORAL_RANGE', val: 'No filter' }],
        ...query,
      },
    ],
  };
}

await describeWithServices([LIVE_POSTGRES], 'dashboard chart data on PostgreSQL', () => {
  let app: DashboardDataTestApp;

  beforeAll(async () => {
    app = await startDashboardDataTestApp();
  });
  afterAll(async () => {
    await app.t.close();
  });

  it('streams every chart as NDJSON; two charts with one query run it once', async () => {
    const first = await app.chart({ queryContext: byRegion(app.t.datasetId) });
    const twin = await app.chart({ queryContext: byRegion(app.t.datasetId) });
    const id = await app.dashboard(
      'twins',
      tabbedLayout({ salesTab: [first, twin], otherTab: [] }),
    );
    const lines = linesOf(await app.post(app.t.viewer, 'twins', {}));
    expect(lines[0]).toEqual({ type: 'start', dashboard_id: id, chart_ids: [first, twin] });
    const chart = lineOf(lines, first);
    if (chart?.type !== 'chart') throw new Error(JSON.stringify(chart));
    expect(chart.result[0]).toMatchObject({
      colnames: ['region', 'total'],
      data: expect.arrayContaining([{ region: 'EU', total: 15 }]) as unknown,
      is_cached: false,
    });
    expect(lineOf(lines, twin)).toMatchObject({ type: 'chart' });
    expect(doneOf(lines)).toMatchObject({ charts: 2, queries_executed: 1, queries_cached: 0 });

    const again = linesOf(await app.post(app.t.viewer, id, {}));
    expect(doneOf(again)).toMatchObject({ queries_executed: 0, queries_cached: 2 });
  });

  it('sends a cached chart before a slow one asked for first', async () => {
    const slow = await app.chart({
      datasetId: app.slowDatasetId,
      queryContext: byRegion(app.slowDatasetId),
    });
    const quick = await app.chart({ queryContext: byRegion(app.t.datasetId, { row_limit: 7 }) });
    await app.dashboard('slow-first', tabbedLayout({ salesTab: [slow, quick], otherTab: [] }));
    linesOf(await app.post(app.t.admin, 'slow-first', { charts: [{ chart_id: quick }] }));
    const lines = linesOf(await app.post(app.t.admin, 'slow-first', {}));
    expect(lines.map((line) => ('chart_id' in line ? line.chart_id : line.type))).toEqual([
      'start',
      quick,
      slow,
      'done',
    ]);
  });

  it('narrows rows by the dashboard time filter and keeps one tab', async () => {
    const daily = await app.chart({ queryContext: byRegion(app.t.datasetId, { row_limit: 11 }) });
    const other = await app.chart({ queryContext: byRegion(app.t.datasetId, { row_limit: 12 }) });
    await app.dashboard('tabs', tabbedLayout({ salesTab: [daily], otherTab: [other] }));
    const lines = linesOf(
      await app.post(app.t.viewer, 'tabs', {
        tab_id: 'TAB-sales',
        extra_form_data: { time_range: '2024-01-01 : 2024-01-02' },
      }),
    );
    expect(lines[0]).toMatchObject({ chart_ids: [daily] });
    const chart = lineOf(lines, daily);
    if (chart?.type !== 'chart') throw new Error(JSON.stringify(chart));
    expect(chart.result[0]?.data).toEqual([
      { region: 'EU', total: 10 },
      { region: 'US', total: 20 },
    ]);
  });

  it('answers error lines, not data, for charts the caller may not query or cannot run', async () => {
    const open = await app.chart({ queryContext: byRegion(app.t.datasetId, { row_limit: 21 }) });
    const secret = await app.chart({
      datasetId: app.secretDatasetId,
      queryContext: byRegion(app.secretDatasetId),
    });
    const unsaved = await app.chart({});
    await app.dashboard('mixed', tabbedLayout({ salesTab: [open, secret, unsaved], otherTab: [] }));
    const lines = linesOf(
      await app.post(app.t.viewer, 'mixed', {
        charts: [
          { chart_id: open },
          { chart_id: secret },
          { chart_id: unsaved },
          { chart_id: 987654 },
        ],
      }),
    );
    expect(lineOf(lines, open)).toMatchObject({ type: 'chart' });
    expect(lineOf(lines, secret)).toMatchObject({
      type: 'error',
      status: 403,
      error: { error_type: 'DATASOURCE_SECURITY_ACCESS_ERROR' },
    });
    expect(lineOf(lines, unsaved)).toMatchObject({
      type: 'error',
      error: { error_type: 'CHART_QUERY_CONTEXT_MISSING_ERROR' },
    });
    expect(lineOf(lines, 987654)).toMatchObject({ type: 'error', status: 403 });
    expect(JSON.stringify(lines)).not.toContain('secret_sales');
    const smuggled = linesOf(
      await app.post(app.t.viewer, 'mixed', {
        charts: [{ chart_id: open, query_context: byRegion(app.secretDatasetId) }],
      }),
    );
    expect(lineOf(smuggled, open)).toMatchObject({
      type: 'error',
      error: { error_type: 'ACCESS_DENIED' },
    });
  });

  it('answers an ordinary 404 for a dashboard that does not exist', async () => {
    const response = await app.post(app.t.viewer, 'no-such-dashboard', {});
    expect(response.statusCode).toBe(404);
    expect(response.json<{ errors: { error_type: string }[] }>().errors[0]?.error_type).toBe(
      'RESOURCE_NOT_FOUND',
    );
  });
});

await describeWithServices([LIVE_POSTGRES], 'dashboard chart data: the per-database limit', () => {
  let app: DashboardDataTestApp;

  beforeAll(async () => {
    app = await startDashboardDataTestApp({ DASHBOARD_QUERY_CONCURRENCY_PER_DATABASE: 2 });
  });
  afterAll(async () => {
    await app.t.close();
  });

  it('never runs more than the limit of queries at once on a database', async () => {
    const charts: number[] = [];
    for (const limit of [1, 2, 3, 4, 5]) {
      charts.push(
        await app.chart({
          datasetId: app.slowDatasetId,
          queryContext: byRegion(app.slowDatasetId, { row_limit: limit }),
        }),
      );
    }
    await app.dashboard('five-slow', tabbedLayout({ salesTab: charts, otherTab: [] }));
    // The chart queries still sleeping in the database; this query's own text is left out.
    const sleeping = `select count(*)::int as n from pg_stat_activity
      where pid <> pg_backend_pid() and state = 'active'
        and query like '%pg_sleep(${SLOW_SECONDS})%' and query like '%${app.t.schema}%'`;
    let isDone = false;
    const seen: number[] = [];
    const watch = (async () => {
      while (!isDone) {
        const [row] = await onPostgres<{ n: number }>(LIVE_POSTGRES.uri, sleeping);
        seen.push(row?.n ?? 0);
        await new Promise((resolve) => setTimeout(resolve, 30));
      }
    })();
    const lines = linesOf(await app.post(app.t.admin, 'five-slow', {}));
    isDone = true;
    await watch;
    expect(doneOf(lines)).toMatchObject({ charts: 5, queries_executed: 5 });
    expect(Math.max(...seen)).toBe(2);
  });
});
