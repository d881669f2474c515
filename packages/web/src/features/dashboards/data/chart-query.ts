import {
  applyExtraFormData,
  type DashboardChart,
  type DashboardDataChart,
  type DashboardJsonMetadata,
  type ExtraFormData,
} from '@superset-ts/shared';
import {
  chartRegistry,
  validateChartFormData,
  type ChartFormData,
  type ChartRegistry,
  type QueryContextRequest,
} from '../../../visualizations';

/** A chart's saved form data, completed with what the dashboard's chart row knows. */
export function chartFormData(chart: DashboardChart): ChartFormData {
  const formData: ChartFormData = { ...chart.form_data, slice_id: chart.id };
  formData.viz_type = typeof formData.viz_type === 'string' ? formData.viz_type : chart.viz_type;
  if (typeof formData.datasource !== 'string' && chart.datasource_id !== null) {
    formData.datasource = `${chart.datasource_id}__${chart.datasource_type ?? 'table'}`;
  }
  return formData;
}

/** The chart drawn in the dashboard's colour scheme, when the dashboard sets one (as Superset does). */
export function withDashboardColors(
  chart: DashboardChart,
  metadata: DashboardJsonMetadata,
): DashboardChart {
  const scheme = metadata.color_scheme;
  if (typeof scheme !== 'string' || scheme === '') return chart;
  return { ...chart, form_data: { ...chart.form_data, color_scheme: scheme } };
}

/** How a chart's data is asked for, or why it is not (the tile shows the reason). */
export type ChartQueryPlan =
  | { kind: 'query'; chartId: number; formData: ChartFormData; queryContext: QueryContextRequest }
  | { kind: 'not-queryable'; chartId: number; formData: ChartFormData; reason?: string };

/**
 * The query context of a chart on a dashboard: built in the browser by the chart's plugin from
 * its form data, with the dashboard's filters (`extra`) applied to every query, as Superset's
 * dashboard does. A chart of an unknown type or with incomplete controls is not queried
 * (SuperChart explains why); a plugin that cannot build the query gives its message.
 */
export function planChartQuery(
  chart: DashboardChart,
  extra: ExtraFormData,
  registry: ChartRegistry = chartRegistry,
): ChartQueryPlan {
  const formData: ChartFormData = { ...chartFormData(chart), extra_form_data: extra };
  const plugin = registry.findChartPlugin(formData.viz_type);
  if (!plugin || validateChartFormData(plugin, formData).length > 0) {
    return { kind: 'not-queryable', chartId: chart.id, formData };
  }
  try {
    const built = plugin.buildQuery(formData);
    const queryContext: QueryContextRequest = {
      ...built,
      queries: built.queries.map((query) => applyExtraFormData(query, extra)),
    };
    return { kind: 'query', chartId: chart.id, formData, queryContext };
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'The chart query could not be built.';
    return { kind: 'not-queryable', chartId: chart.id, formData, reason };
  }
}

/** The entry of a chart in the dashboard data request. */
export function toDataChart(plan: Extract<ChartQueryPlan, { kind: 'query' }>): DashboardDataChart {
  return { chart_id: plan.chartId, query_context: plan.queryContext };
}

/** What identifies a chart's answer: the request it was asked with (the client cache key). */
export function requestKeyOf(plan: Extract<ChartQueryPlan, { kind: 'query' }>): string {
  return JSON.stringify(plan.queryContext);
}
