import type { QueryColumn, QueryMetric } from '@superset-ts/shared';
import type { ChartFormData } from '../../core/form-data';
import type { HierarchyLabelType } from './hierarchy-label';

/** What a rectangle's label shows (Superset's `EchartsTreemapLabelType`). */
export type TreemapLabelType = HierarchyLabelType;

/** The form data of the Treemap (`treemap_v2`). */
export interface TreemapFormData extends ChartFormData {
  groupby?: QueryColumn[];
  metric?: QueryMetric | null;
  sort_by_metric?: boolean;
  show_labels?: boolean;
  show_upper_labels?: boolean;
  label_type?: TreemapLabelType;
  number_format?: string;
  date_format?: string;
}
