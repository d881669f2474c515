import { EngineError } from '@superset-ts/engines';
import type { DashboardDataLine, DashboardDataRequest } from '@superset-ts/shared';
import { describe, expect, it } from 'vitest';
import {
  chartDataHarness,
  gamma,
  type HarnessOptions,
} from '../chart-data/test-support/chart-data-harness.js';
import type { DashboardChartForData } from './dashboard-data.ports.js';
import { createDashboardDataService } from './dashboard-data.service.js';
import {
  chartFixture,
  dashboardsInMemory,
  tabbedLayout,
} from './test-support/dashboard-fixtures.js';

/** A saved query context on dataset 7: count by region, with a time filter. */
function savedContext(query: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    datasource: { id: 7, type: 'table' },
    queries: [
      {
        columns: ['region'],
        metrics: ['count'],
        filters: [{ col: 'ds', op: 'TEMPORAL_RANGE', val: 'No filter' }],
        ...query,
      },
    ],
  };
}

function deferred() {
  let release: () => void = () => undefined;
  const promise = new Promise<void>((resolve) => (release = resolve));
  return { promise, release };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

/** A dashboard (id 1, slug `sales`) of the given charts over a harness chart data service. */
function dashboardWith(
  charts: DashboardChartForData[],
  options: HarnessOptions = {},
  layout = tabbedLayout({ salesTab: charts.map((chart) => chart.id), otherTab: [] }),
) {
  const harness = chartDataHarness(options);
  const unexpected: unknown[] = [];
  const service = createDashboardDataService({
    dashboards: dashboardsInMemory([{ dashboardId: 1, slug: 'sales', layout, charts }]),
    chartData: harness.service,
    logUnexpected: (error) => unexpected.push(error),
    now: () => 0,
  });
  const lines = async (request: DashboardDataRequest = {}) => {
    const plan = await service.plan(gamma(), 'sales', request);
    const all: DashboardDataLine[] = [];
    for await (const line of service.lines(gamma(), plan)) all.push(line);
    return all;
  };
  return { service, harness, lines, unexpected };
}

function lineOf(lines: readonly DashboardDataLine[], chartId: number) {
  return lines.find((line) => 'chart_id' in line && line.chart_id === chartId);
}

function doneOf(lines: readonly DashboardDataLine[]) {
  const done = lines.at(-1);
  if (done?.type !== 'done') throw new Error(`the last line is not done: ${JSON.stringify(done)}`);
  return done;
}

describe('dashboard data service', () => {
  it('answers every chart once; two charts with the same query run it once', async () => {
    const { lines, harness } = dashboardWith([
      chartFixture(1, savedContext()),
      chartFixture(2, savedContext()),
      chartFixture(3, savedContext({ row_limit: 5 })),
    ]);
    const answer = await lines();
    expect(answer[0]).toEqual({ type: 'start', dashboard_id: 1, chart_ids: [1, 2, 3] });
    expect(answer.filter((line) => line.type === 'chart')).toHaveLength(3);
    expect(harness.executed).toHaveLength(2);
    expect(doneOf(answer)).toMatchObject({ charts: 3, queries_executed: 2, queries_cached: 0 });
    const chart = lineOf(answer, 1);
    expect(chart?.type === 'chart' && chart.result[0]).toMatchObject({
      data: [{ region: 'EU', count: 10 }],
      is_cached: false,
      status: 'success',
    });

    const again = await lines();
    expect(harness.executed).toHaveLength(2);
    expect(doneOf(again)).toMatchObject({ queries_executed: 0, queries_cached: 3 });
    const forced = await lines({ force: true });
    expect(harness.executed).toHaveLength(4);
    expect(doneOf(forced)).toMatchObject({ queries_executed: 2, queries_cached: 0 });
  });

  it('reads the dataset and its RLS clauses once for all the charts of a request', async () => {
    const { lines, harness } = dashboardWith([
      chartFixture(1, savedContext()),
      chartFixture(2, savedContext({ row_limit: 5 })),
      chartFixture(3, savedContext({ row_limit: 6 })),
    ]);
    const answer = await lines();
    expect(answer.filter((line) => line.type === 'chart')).toHaveLength(3);
    expect(harness.lookups).toEqual({ datasets: 1, rls: 1 });
    await lines();
    expect(harness.lookups).toEqual({ datasets: 2, rls: 2 });
  });

  it('streams a cached chart before a slow uncached one asked for first', async () => {
    const options: HarnessOptions = {};
    const { service, lines } = dashboardWith(
      [chartFixture(1, savedContext({ row_limit: 1 })), chartFixture(2, savedContext())],
      options,
    );
    await lines({ charts: [{ chart_id: 2 }] });
    const slow = deferred();
    options.gate = slow.promise;
    const plan = await service.plan(gamma(), '1', {});
    const stream = service.lines(gamma(), plan);
    expect((await stream.next()).value).toMatchObject({ type: 'start', chart_ids: [1, 2] });
    // Were lines written in the order asked, chart 1 would come first once this releases it.
    const timeout = setTimeout(slow.release, 2_000);
    expect((await stream.next()).value).toMatchObject({ type: 'chart', chart_id: 2 });
    slow.release();
    clearTimeout(timeout);
    expect((await stream.next()).value).toMatchObject({ type: 'chart', chart_id: 1 });
    expect((await stream.next()).value).toMatchObject({
      type: 'done',
      queries_executed: 1,
      queries_cached: 1,
    });
  });

  it('keeps the charts of one tab, in the order asked, and says why others cannot load', async () => {
    const { lines, harness } = dashboardWith(
      [
        chartFixture(1, savedContext()),
        chartFixture(2, null),
        chartFixture(3, savedContext({ row_limit: 3 })),
        chartFixture(4, savedContext({ row_limit: 4 })),
      ],
      {},
      tabbedLayout({ salesTab: [1, 2], otherTab: [3], loose: [4] }),
    );
    const other = await lines({ tab_id: 'TAB-other' });
    expect(other[0]).toMatchObject({ chart_ids: [3] });

    const sales = await lines({
      tab_id: 'TAB-sales',
      charts: [{ chart_id: 2 }, { chart_id: 99 }, { chart_id: 3 }, { chart_id: 1 }],
    });
    expect(sales[0]).toMatchObject({ chart_ids: [2, 99, 1] });
    expect(lineOf(sales, 2)).toMatchObject({
      type: 'error',
      status: 400,
      error: {
        error_type: 'CHART_QUERY_CONTEXT_MISSING_ERROR',
        message: expect.stringContaining('Open it in Explore') as unknown,
      },
    });
    expect(lineOf(sales, 99)).toMatchObject({
      type: 'error',
      status: 403,
      error: { error_type: 'ACCESS_DENIED', message: 'Chart 99 is not on this dashboard.' },
    });
    expect(lineOf(sales, 1)).toMatchObject({ type: 'chart' });
    expect(doneOf(sales)).toMatchObject({ charts: 3, queries_executed: 1 });
    expect(harness.executed).toHaveLength(2);
  });

  it('refuses a client query context on another dataset, and runs its own otherwise', async () => {
    const { lines, harness } = dashboardWith([chartFixture(1, savedContext())]);
    const smuggled = await lines({
      charts: [
        { chart_id: 1, query_context: { ...savedContext(), datasource: { id: 8, type: 'table' } } },
      ],
    });
    expect(lineOf(smuggled, 1)).toMatchObject({
      type: 'error',
      status: 403,
      error: { error_type: 'ACCESS_DENIED' },
    });
    expect(harness.executed).toHaveLength(0);

    const own = await lines({
      charts: [{ chart_id: 1, query_context: savedContext({ columns: ['ds'], metrics: null }) }],
    });
    expect(lineOf(own, 1)).toMatchObject({ type: 'chart' });
    expect(harness.executed[0]).toMatch(/^SELECT "ds" AS "ds"/);
  });

  it('applies the request and chart extra form data to saved query contexts', async () => {
    const { lines, harness } = dashboardWith([chartFixture(1, savedContext())]);
    const answer = await lines({
      extra_form_data: { time_range: '2024-01-01 : 2024-01-02' },
      charts: [
        {
          chart_id: 1,
          extra_form_data: { filters: [{ col: 'region', op: 'IN', val: ['US'] }] },
        },
      ],
    });
    expect(lineOf(answer, 1)).toMatchObject({ type: 'chart' });
    const [sql] = harness.executed;
    expect(sql).toContain(`"ds" >= TO_TIMESTAMP('2024-01-01 00:00:00`);
    expect(sql).toContain(`"ds" < TO_TIMESTAMP('2024-01-02 00:00:00`);
    expect(sql).toContain(`"region" IN ('US')`);
  });

  it('answers the other charts when one fails, with the database error hidden', async () => {
    const { lines, unexpected } = dashboardWith(
      [chartFixture(1, savedContext()), chartFixture(2, savedContext({ row_limit: 2 }))],
      {
        failWith: (sql) =>
          sql.includes('LIMIT 2')
            ? new EngineError(
                'COLUMN_DOES_NOT_EXIST_ERROR',
                'column "secret_salary" does not exist',
              )
            : null,
      },
    );
    const answer = await lines();
    expect(lineOf(answer, 1)).toMatchObject({ type: 'chart' });
    const failed = lineOf(answer, 2);
    expect(failed).toMatchObject({
      type: 'error',
      status: 400,
      error: { error_type: 'CHART_DATA_QUERY_FAILED_ERROR' },
    });
    expect(JSON.stringify(failed)).not.toContain('secret_salary');
    expect(unexpected.map(String)).toEqual([]);
  });

  it('runs no more queries at once on a database than its limit', async () => {
    const gate = deferred();
    const charts = [1, 2, 3, 4, 5].map((id) => chartFixture(id, savedContext({ row_limit: id })));
    const { lines, harness } = dashboardWith(charts, {
      gate: gate.promise,
      concurrencyPerDatabase: 2,
    });
    const answer = lines();
    await settle();
    expect(harness.executed).toHaveLength(2);
    gate.release();
    expect(doneOf(await answer)).toMatchObject({ charts: 5, queries_executed: 5 });
  });

  it('lets a client stop reading: the queries finish and are cached', async () => {
    const gate = deferred();
    const { service, harness, lines } = dashboardWith([chartFixture(1, savedContext())], {
      gate: gate.promise,
    });
    const plan = await service.plan(gamma(), 'sales', {});
    const stream = service.lines(gamma(), plan);
    await stream.next();
    const pendingChart = stream.next();
    await settle();
    gate.release();
    await pendingChart;
    await stream.return(undefined);
    expect(doneOf(await lines())).toMatchObject({ queries_executed: 0, queries_cached: 1 });
    expect(harness.executed).toHaveLength(1);
  });

  it('refuses an unknown dashboard or tab before streaming anything', async () => {
    const { service } = dashboardWith([chartFixture(1, savedContext())]);
    await expect(service.plan(gamma(), 'nope', {})).rejects.toMatchObject({
      code: 'RESOURCE_NOT_FOUND',
    });
    await expect(service.plan(gamma(), 'sales', { tab_id: 'TAB-nope' })).rejects.toMatchObject({
      code: 'RESOURCE_NOT_FOUND',
    });
  });
});
