import { CHART_API_PATH, DASHBOARD_API_PATH } from '@superset-ts/shared';
import type { ScenarioContext } from '../scenario-types.js';
import type { ChartProduct } from './chart-data-product.js';
import { chartDatasetId } from './chart-data-product.js';
import type { ChartQuery } from './chart-data-queries.js';
import { queryContext } from './chart-data-queries.js';
import type { ChartSession } from './chart-data-session.js';
import type { PreparedChart } from './chart-answer-check.js';
import { chartDataResult } from './chart-data-result.js';
import { openChartSession } from './chart-data-session.js';
import type { ChartRows } from './dashboard-answers.js';
import { distinctQueryContexts } from './dashboard-db-count.js';
import { positionJson } from './dashboard-layout.js';
import { DESIGN_DASHBOARD_QUERIES, sharedQueryTiles } from './dashboard-queries.js';
import { requestJson } from './http-client.js';

/** One saved chart on a benchmark dashboard, with the query (and SQL) it shows. */
export interface DashboardTile {
  readonly chartId: number;
  readonly prepared: PreparedChart;
}

/** A saved dashboard of the benchmark. */
export interface BenchDashboard {
  readonly id: number;
  /** Short name for metric names: `12 charts`, `50 charts / 10 queries`. */
  readonly label: string;
  readonly tiles: readonly DashboardTile[];
  /** The different queries among the tiles (one per query id). */
  readonly distinct: readonly PreparedChart[];
  /** What POST /api/v1/chart/data answered for each tile's chart alone, by chart id. */
  readonly expectedRows: ReadonlyMap<number, ChartRows>;
}

/** The chart session plus the two dashboards the dashboard scenarios load. */
export interface DashboardSession {
  readonly charts: ChartSession;
  /** The design's 12 charts, 12 different queries (performance.md §5.3). */
  readonly design: BenchDashboard;
  /** Issue 8's 50 charts sharing 10 queries. */
  readonly shared: BenchDashboard;
  readonly dispose: () => Promise<void>;
}

/** Saves one chart with its query context, as Explore's "Save" does; its id. */
export async function saveBenchChart(
  product: ChartProduct,
  chart: ChartQuery,
  sliceName: string,
): Promise<number> {
  const datasetId = chartDatasetId(product, chart);
  const created = await requestJson<{ id: number }>(
    {
      port: product.server.port,
      method: 'POST',
      path: CHART_API_PATH,
      token: product.token,
      json: {
        slice_name: sliceName,
        viz_type: 'table',
        datasource_id: datasetId,
        datasource_type: 'table',
        params: JSON.stringify({ datasource: `${datasetId}__table`, viz_type: 'table' }),
        query_context: JSON.stringify(
          queryContext(datasetId, chart, { force: false, resultType: 'full' }),
        ),
      },
    },
    201,
  );
  return created.body.id;
}

/** Saves a published dashboard of `tiles` in a grid, and checks it lists them all. */
export async function saveBenchDashboard(
  product: ChartProduct,
  title: string,
  chartIds: readonly number[],
): Promise<number> {
  const call = { port: product.server.port, token: product.token };
  const created = await requestJson<{ id: number }>(
    {
      ...call,
      method: 'POST',
      path: DASHBOARD_API_PATH,
      json: { dashboard_title: title, position_json: positionJson(chartIds), published: true },
    },
    201,
  );
  const id = created.body.id;
  const listed = await requestJson<{ result: { id: number }[] }>(
    { ...call, method: 'GET', path: `${DASHBOARD_API_PATH}${id}/charts` },
    200,
  );
  if (listed.body.result.length !== chartIds.length) {
    throw new Error(
      `dashboard "${title}" lists ${listed.body.result.length} charts, ${chartIds.length} were laid out`,
    );
  }
  return id;
}

async function buildDashboard(
  product: ChartProduct,
  label: string,
  queries: readonly ChartQuery[],
  preparedById: ReadonlyMap<string, PreparedChart>,
): Promise<BenchDashboard> {
  const tiles: DashboardTile[] = [];
  const copies = new Map<string, number>();
  for (const chart of queries) {
    const prepared = preparedById.get(chart.id);
    if (prepared === undefined) throw new Error(`${chart.id} was not prepared`);
    const copy = copies.get(chart.id) ?? 0;
    copies.set(chart.id, copy + 1);
    const sliceName = `${chart.title}${copy > 0 ? ` (${copy + 1})` : ''}`;
    tiles.push({ chartId: await saveBenchChart(product, chart, sliceName), prepared });
  }
  const distinct = [
    ...new Map(tiles.map((tile) => [tile.prepared.chart.id, tile.prepared])).values(),
  ];
  const contexts = tiles.map((tile) =>
    queryContext(product.datasetId, tile.prepared.chart, { force: false, resultType: 'full' }),
  );
  if (distinctQueryContexts(contexts) !== distinct.length) {
    throw new Error(`${label}: the saved query contexts are not ${distinct.length} different ones`);
  }
  const rowsByQuery = new Map<string, ChartRows>();
  for (const prepared of distinct) {
    const { result } = await chartDataResult(product, prepared.chart, {
      force: false,
      resultType: 'full',
    });
    if (!Array.isArray(result.data)) throw new Error(`${prepared.chart.id} answered no rows`);
    rowsByQuery.set(prepared.chart.id, result.data);
  }
  const expectedRows = new Map(
    tiles.map((tile) => [tile.chartId, rowsByQuery.get(tile.prepared.chart.id) ?? []]),
  );
  const id = await saveBenchDashboard(
    product,
    `Bench: ${label}`,
    tiles.map((tile) => tile.chartId),
  );
  return { id, label, tiles, distinct, expectedRows };
}

/**
 * The chart session over the design dashboard's twelve queries (each checked against the
 * driver), every chart saved with its query context through POST /api/v1/chart/, and the
 * two dashboards saved through POST /api/v1/dashboard/ with the charts in a grid.
 */
export async function openDashboardSession(context: ScenarioContext): Promise<DashboardSession> {
  const charts = await openChartSession(context, DESIGN_DASHBOARD_QUERIES);
  try {
    const preparedById = new Map(charts.charts.map((prepared) => [prepared.chart.id, prepared]));
    const design = await buildDashboard(
      charts.product,
      '12 charts',
      DESIGN_DASHBOARD_QUERIES,
      preparedById,
    );
    const sharedTiles = sharedQueryTiles();
    const shared = await buildDashboard(
      charts.product,
      `${sharedTiles.length} charts / ${new Set(sharedTiles.map((chart) => chart.id)).size} queries`,
      sharedTiles,
      preparedById,
    );
    context.log(
      `saved dashboards ${design.id} (${design.label}) and ${shared.id} (${shared.label})`,
    );
    return { charts, design, shared, dispose: charts.dispose };
  } catch (error) {
    await charts.dispose();
    throw error;
  }
}
