import type { QueryColumn, QueryMetric } from '@superset-ts/shared';
import type { ChartFormData } from '../../core/form-data';

/** Per-metric axis bounds (Superset's `column_config` of the Radar, keyed by metric label). */
export type RadarColumnConfig = Readonly<
  Record<string, { radarMetricMaxValue?: number | null; radarMetricMinValue?: number | null }>
>;

/** The form data of the Radar Chart. */
export interface RadarFormData extends ChartFormData {
  groupby?: QueryColumn[];
  metrics?: QueryMetric[];
  /** The metric the groups are ranked by for the row limit (the first metric when empty). */
  timeseries_limit_metric?: QueryMetric | null;
  series_limit_metric?: QueryMetric | null;
  /** Scales each group's values by its largest, so shapes compare rather than sizes. */
  is_normalized?: boolean;
  show_legend?: boolean;
  show_labels?: boolean;
  label_type?: 'value' | 'key_value';
  label_position?: string;
  number_format?: string;
  date_format?: string;
  column_config?: RadarColumnConfig;
  is_circle?: boolean;
}
