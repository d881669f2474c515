import type { QueryColumn, QueryMetric } from '@superset-ts/shared';
import type { ChartFormData } from '../../core/form-data';
import type { HierarchyLabelType } from '../treemap/hierarchy-label';

/** What an arc's label shows (Superset's `EchartsSunburstLabelType`). */
export type SunburstLabelType = HierarchyLabelType;

/** The form data of the Sunburst Chart (`sunburst_v2`). */
export interface SunburstFormData extends ChartFormData {
  /** The hierarchy, innermost ring first (Superset's `columns` control). */
  columns?: QueryColumn[];
  /** Older saved charts keep the hierarchy here. */
  groupby?: QueryColumn[];
  metric?: QueryMetric | null;
  secondary_metric?: QueryMetric | null;
  sort_by_metric?: boolean;
  linear_color_scheme?: string;
  show_labels?: boolean;
  show_labels_threshold?: number | string;
  show_total?: boolean;
  label_type?: SunburstLabelType;
  number_format?: string;
  date_format?: string;
}
