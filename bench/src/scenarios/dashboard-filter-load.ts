import type { Agent } from 'node:http';
import type { DashboardDataChart, ExtraFormData } from '@superset-ts/shared';
import type { ChartProduct } from './chart-data-product.js';
import { queryContext } from './chart-data-queries.js';
import type { BenchDashboard } from './dashboard-session.js';
import type { DashboardLoad } from './dashboard-stream.js';
import { postDashboardData } from './dashboard-stream.js';
import { chartUnderFilter } from './dashboard-filter-scope.js';

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

/** POST /api/v1/dashboard/{id}/chart_data with the page's own query contexts (not forced). */
export function loadDashboardCharts(
  product: ChartProduct,
  dashboardId: number,
  charts: readonly DashboardDataChart[],
  agent?: Agent,
): Promise<DashboardLoad> {
  return postDashboardData(product, dashboardId, { charts, force: false }, agent);
}
