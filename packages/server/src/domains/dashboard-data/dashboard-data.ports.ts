import type { DashboardLayout } from '@superset-ts/shared';
import type { Actor } from '../../security/access/actor.js';

/** A chart of a dashboard, as its data is loaded. */
export interface DashboardChartForData {
  id: number;
  sliceName: string;
  vizType: string;
  /** The chart's dataset; null for a chart without one. */
  datasourceId: number | null;
  /** The query context the chart was saved with (parsed); null when it was never saved. */
  queryContext: Record<string, unknown> | null;
  cacheTimeout: number | null;
}

/** A dashboard the caller may read, with its layout and its charts. */
export interface DashboardForData {
  dashboardId: number;
  layout: DashboardLayout;
  charts: DashboardChartForData[];
}

/** The dashboards capability, as dashboard data uses it. */
export interface DashboardChartsSource {
  /**
   * The dashboard by id or slug with its charts: 404 when it does not exist or the actor
   * may not read it. The charts are listed whatever the actor's data access: each chart's
   * query is checked when it runs.
   */
  chartsForData(actor: Actor, idOrSlug: string): Promise<DashboardForData>;
}
