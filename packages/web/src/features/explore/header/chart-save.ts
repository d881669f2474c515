import type { ChartCreate } from '@superset-ts/shared';
import {
  parseDatasourceKey,
  type AnyChartPlugin,
  type ChartFormData,
} from '../../../visualizations';

/** Form data keys that describe one request or one saved copy, not the chart to store. */
const NOT_STORED = ['slice_id', 'force'] as const;

/** The form data as a chart stores it in `params` (no chart id, no one-off force). */
export function storedFormData(formData: ChartFormData): ChartFormData {
  const stored: ChartFormData = { ...formData };
  for (const key of NOT_STORED) delete stored[key];
  return stored;
}

/** Thrown when the chart cannot be saved as it is: it names no dataset. */
export class UnsavableChartError extends Error {
  constructor() {
    super('The chart has no dataset to save it on.');
    this.name = 'UnsavableChartError';
  }
}

/** What a chart save sends, but for the owners and dashboards. */
export type ChartSaveBody = Pick<
  ChartCreate,
  | 'slice_name'
  | 'viz_type'
  | 'datasource_id'
  | 'datasource_type'
  | 'params'
  | 'query_context'
  | 'query_context_generation'
>;

/**
 * The body of `POST /api/v1/chart/` (or of a `PUT` that overwrites): the name, the type, the
 * dataset, the form data as `params`, and the plugin's query context so the chart's data can
 * be fetched without Explore.
 *
 * @throws UnsavableChartError when the form data names no dataset.
 */
export function chartSaveBody(
  name: string,
  formData: ChartFormData,
  plugin: AnyChartPlugin,
): ChartSaveBody {
  const datasource = parseDatasourceKey(formData.datasource);
  if (!datasource) throw new UnsavableChartError();
  const params = storedFormData(formData);
  return {
    slice_name: name.trim(),
    viz_type: plugin.vizType,
    datasource_id: datasource.id,
    datasource_type: 'table',
    params: JSON.stringify(params),
    query_context: JSON.stringify(plugin.buildQuery(params)),
    query_context_generation: true,
  };
}

/**
 * The `dashboards` of a save that adds the chart to `dashboardId`: those it is on already
 * (a chart write replaces the list) and that one.
 */
export function dashboardsWith(current: readonly number[], dashboardId: number): number[] {
  return current.includes(dashboardId) ? [...current] : [...current, dashboardId];
}
