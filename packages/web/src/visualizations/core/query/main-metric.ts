import type { QueryMetric } from '@superset-ts/shared';
import type { TransformContext } from '../chart-plugin';
import type { ChartFormData } from '../form-data';
import { getMetricLabel } from './labels';
import { metricsOf } from './operators';

/** A chart's single metric (`formData.metric`) as its results and its labels name it. */
export interface MainMetric {
  metric: QueryMetric | undefined;
  /** The metric's column in the results; '' without a metric. */
  metricLabel: string;
  /** What the user reads: the dataset's verbose name of the metric, else its label. */
  metricName: string;
}

/**
 * The chart's single metric, its column in the results and its display name, which the charts
 * of one metric (funnel, gauge, treemap, sankey, ...) label their values with.
 */
export function readMainMetric(formData: ChartFormData, context: TransformContext): MainMetric {
  const [metric] = metricsOf(formData.metric);
  const metricLabel = metric === undefined ? '' : getMetricLabel(metric);
  return { metric, metricLabel, metricName: context.verboseMap?.[metricLabel] ?? metricLabel };
}
