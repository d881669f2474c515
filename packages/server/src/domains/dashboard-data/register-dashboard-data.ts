import type { FastifyInstance } from 'fastify';
import type { ChartDataCapability } from '../chart-data/register-chart-data.js';
import type { DashboardChartsSource } from './dashboard-data.ports.js';
import { registerDashboardDataRoutes } from './dashboard-data.routes.js';
import { createDashboardDataService } from './dashboard-data.service.js';

/** What dashboard data is built from. */
export interface DashboardDataDeps {
  /** Dashboards the caller may read, with their layout and charts. */
  dashboards: DashboardChartsSource;
  chartData: ChartDataCapability;
}

/**
 * Wires `POST /api/v1/dashboard/{id_or_slug}/chart_data`: every chart of a dashboard through
 * the chart data service (so access, RLS, the cache, single flight and the per-database
 * limit apply as for POST /api/v1/chart/data), streamed as NDJSON.
 */
export function registerDashboardData(app: FastifyInstance, deps: DashboardDataDeps): void {
  registerDashboardDataRoutes(app, {
    service: createDashboardDataService({
      dashboards: deps.dashboards,
      chartData: deps.chartData.service,
      logUnexpected: (error, chartId) =>
        app.log.error({ err: error, chartId }, 'a dashboard chart failed unexpectedly'),
      now: () => performance.now(),
    }),
  });
}
