import { z } from 'zod';
import { extraFormDataSchema } from './dashboard-filters.js';

/**
 * One request for the data of every chart of a dashboard (beyond Superset): the answer is
 * NDJSON, one {@link DashboardDataLine} per line, each chart's line written as soon as it is
 * ready. `:idOrSlug` is the dashboard's id or slug.
 */
export const DASHBOARD_CHART_DATA_PATH = '/api/v1/dashboard/:idOrSlug/chart_data';

/** One chart asked for in a dashboard data request. */
export const dashboardDataChartSchema = z.strictObject({
  chart_id: z.number().int().positive(),
  /**
   * The query context the client built (with the filters already applied). Without it the
   * server uses the chart's saved query context with `extra_form_data` applied.
   */
  query_context: z.looseObject({}).optional(),
  /** What this chart's filters and cross-filters add (used with the saved query context). */
  extra_form_data: extraFormDataSchema.optional(),
});
export type DashboardDataChart = z.infer<typeof dashboardDataChartSchema>;

/** Body of `POST /api/v1/dashboard/{id_or_slug}/chart_data`. */
export const dashboardDataRequestSchema = z.strictObject({
  /** The charts, in the order the client wants them first; all of the dashboard's by default. */
  charts: z.array(dashboardDataChartSchema).max(1000).optional(),
  /** Only the charts under this TAB (or TABS) component of the layout. */
  tab_id: z.string().max(250).optional(),
  /** Applied to every chart using its saved query context. */
  extra_form_data: extraFormDataSchema.optional(),
  /** Bypass the cache (force refresh). */
  force: z.boolean().optional(),
});
export type DashboardDataRequest = z.infer<typeof dashboardDataRequestSchema>;

/**
 * One line of the NDJSON answer. `start` comes first with the charts that will follow;
 * each chart then gets one `chart` line (its `result` as `POST /api/v1/chart/data` gives it)
 * or one `error` line (`error` as the API's error body); `done` ends the stream with counts.
 */
export type DashboardDataLine =
  | { type: 'start'; dashboard_id: number; chart_ids: number[] }
  | { type: 'chart'; chart_id: number; result: Record<string, unknown>[] }
  | {
      type: 'error';
      chart_id: number;
      status: number;
      error: { message: string; error_type: string; [key: string]: unknown };
    }
  | {
      type: 'done';
      charts: number;
      /** Queries that ran on a database (identical queries count once). */
      queries_executed: number;
      /** Queries answered from the cache. */
      queries_cached: number;
      duration_ms: number;
    };
