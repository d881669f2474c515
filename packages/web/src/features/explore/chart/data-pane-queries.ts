import {
  parseDatasourceKey,
  type AnyChartPlugin,
  type ChartFormData,
  type QueryContextRequest,
} from '../../../visualizations';

/** The chart's query context for the Results pane, or null when it cannot be built. */
export function resultsContext(
  plugin: AnyChartPlugin | undefined,
  formData: ChartFormData | null,
): QueryContextRequest | null {
  if (!plugin || !formData) return null;
  try {
    return plugin.buildQuery(formData);
  } catch {
    return null;
  }
}

/**
 * The Samples pane's request: rows of the dataset itself (every column, no metrics and no
 * filters, as Superset's samples), whatever the chart asks.
 */
export function samplesContext(datasourceKey: string | undefined): QueryContextRequest | null {
  const datasource = parseDatasourceKey(datasourceKey);
  if (!datasource) return null;
  return {
    datasource,
    queries: [{}],
    form_data: { datasource: datasourceKey },
    result_type: 'samples',
    result_format: 'json',
  };
}
