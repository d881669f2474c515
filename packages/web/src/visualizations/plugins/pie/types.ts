import type { QueryColumn, QueryMetric } from '@superset-ts/shared';
import type { ChartFormData } from '../../core/form-data';

/** What each slice's label shows (Superset's `EchartsPieLabelType`). */
export type PieLabelType =
  'key' | 'value' | 'percent' | 'key_value' | 'key_percent' | 'key_value_percent' | 'value_percent';

/** The form data of the Pie Chart. */
export interface PieFormData extends ChartFormData {
  groupby?: QueryColumn[];
  metric?: QueryMetric | null;
  sort_by_metric?: boolean;
  show_legend?: boolean;
  show_labels?: boolean;
  show_labels_threshold?: number;
  label_type?: PieLabelType;
  labels_outside?: boolean;
  number_format?: string;
  date_format?: string;
  donut?: boolean;
  innerRadius?: number;
  outerRadius?: number;
  show_total?: boolean;
}
