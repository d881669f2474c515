import {
  applyExtraFormData,
  queryContextSchema,
  type DashboardDataChart,
  type ExtraFormData,
  type QueryContext,
  type QueryObjectInput,
} from '@superset-ts/shared';
import { parseBody } from '../../app/validation/request-input.js';
import { AppError } from '../../errors/app-error.js';
import type { DashboardChartForData } from './dashboard-data.ports.js';

/** What the whole request adds to every chart. */
export interface DashboardDataOptions {
  /** Applied to every chart using its saved query context, before the chart's own. */
  extraFormData: ExtraFormData | undefined;
  force: boolean | undefined;
}

/** A chart may only query its own dataset: a dashboard is no way to reach another. */
function requireChartDataset(context: QueryContext, chart: DashboardChartForData): void {
  const { id, type } = context.datasource;
  const isOwnDataset =
    (type === 'table' || type === 'dataset') &&
    chart.datasourceId !== null &&
    String(id) === String(chart.datasourceId);
  if (!isOwnDataset) {
    throw new AppError(
      'ACCESS_DENIED',
      `The query context of chart ${chart.id} must query the chart's own dataset.`,
    );
  }
}

function savedContextWithFilters(
  chart: DashboardChartForData,
  asked: DashboardDataChart | undefined,
  options: DashboardDataOptions,
): QueryContext {
  if (!chart.queryContext) throw new AppError('CHART_QUERY_CONTEXT_MISSING_ERROR');
  const parsed = queryContextSchema.safeParse(chart.queryContext);
  if (!parsed.success) {
    throw new AppError(
      'INVALID_PAYLOAD_SCHEMA_ERROR',
      `The saved query context of chart ${chart.id} is not valid. Open the chart in Explore and save it again.`,
    );
  }
  const saved = parsed.data;
  const extras = [options.extraFormData, asked?.extra_form_data].filter(
    (extra): extra is ExtraFormData => extra !== undefined,
  );
  return parseBody(queryContextSchema, {
    ...saved,
    queries: saved.queries.map((query) =>
      extras.reduce<QueryObjectInput>(
        (applied, extra) => applyExtraFormData(applied, extra),
        query,
      ),
    ),
  });
}

/**
 * The query context one chart of a dashboard runs: the client's (already filtered), else
 * the chart's saved one with the request's and then the chart's `extra_form_data` applied to
 * each query. Either must query the chart's dataset; the answer is always JSON, and `force`
 * from the request wins.
 *
 * @throws AppError CHART_QUERY_CONTEXT_MISSING_ERROR, INVALID_PAYLOAD_SCHEMA_ERROR or ACCESS_DENIED.
 */
export function chartQueryContext(
  chart: DashboardChartForData,
  asked: DashboardDataChart | undefined,
  options: DashboardDataOptions,
): QueryContext {
  const context = asked?.query_context
    ? parseBody(queryContextSchema, asked.query_context)
    : savedContextWithFilters(chart, asked, options);
  requireChartDataset(context, chart);
  return {
    ...context,
    result_format: 'json',
    ...(options.force === undefined ? {} : { force: options.force }),
  };
}
