import type { Agent } from 'node:http';
import { performance } from 'node:perf_hooks';
import type { DashboardDataChart, ExtraFormData } from '@superset-ts/shared';
import type { ChartProduct } from './chart-data-product.js';
import { queryContext } from './chart-data-queries.js';
import type { ArrivedLine } from './dashboard-ndjson.js';
import { NdjsonLineSplitter } from './dashboard-ndjson.js';
import type { BenchDashboard } from './dashboard-session.js';
import type { DashboardLoad } from './dashboard-stream.js';
import { DashboardLoadError, dashboardDataPath, readDashboardLines } from './dashboard-stream.js';
import { chartUnderFilter } from './dashboard-filter-scope.js';
import { timedRequest } from './http-client.js';

/**
 * The `charts` of a dashboard data request as the page sends them under a filter state:
 * every tile, in the dashboard's order, with the query context its chart builds and the
 * tile's `extra_form_data` already applied (web `planChartQuery` / `toDataChart`).
 */
export function filteredDataCharts(
  datasetId: number,
  dashboard: BenchDashboard,
  extras: readonly ExtraFormData[],
): DashboardDataChart[] {
  return dashboard.tiles.map((tile, index) => ({
    chart_id: tile.chartId,
    query_context: queryContext(
      datasetId,
      chartUnderFilter(tile.prepared.chart, extras[index] ?? {}),
      { force: false, resultType: 'full' },
    ),
  }));
}

/**
 * POST /api/v1/dashboard/{id}/chart_data with the page's own query contexts (not forced),
 * timed and read like `loadDashboard`: lines are stamped as they arrive and parsed after the
 * answer ends, and a load that did not give every chart its data throws.
 */
export async function loadDashboardCharts(
  product: ChartProduct,
  dashboardId: number,
  charts: readonly DashboardDataChart[],
  agent?: Agent,
): Promise<DashboardLoad> {
  const splitter = new NdjsonLineSplitter();
  const arrived: ArrivedLine[] = [];
  let head = '';
  const sentAt = performance.now();
  const timing = await timedRequest(
    {
      port: product.server.port,
      method: 'POST',
      path: dashboardDataPath(dashboardId),
      token: product.token,
      json: { charts, force: false },
      ...(agent === undefined ? {} : { agent }),
    },
    (chunk) => {
      if (head.length < 500) head += chunk.toString('utf8', 0, 500);
      arrived.push(...splitter.push(chunk, performance.now() - sentAt));
    },
  );
  if (timing.status !== 200) {
    throw new DashboardLoadError(
      `dashboard ${dashboardId} data answered ${timing.status}: ${head.slice(0, 500)}`,
    );
  }
  const last = splitter.end(performance.now() - sentAt);
  if (last !== undefined) arrived.push(last);
  return { ...readDashboardLines(arrived), totalMs: timing.totalMs, bytes: timing.bytes };
}
