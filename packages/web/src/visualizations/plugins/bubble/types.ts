import type { QueryColumn, QueryMetric } from '@superset-ts/shared';
import type { ChartFormData } from '../../core/form-data';

/** The form data of the Bubble Chart (`bubble_v2`). */
export interface BubbleFormData extends ChartFormData {
  /** The column whose groups are the bubbles. */
  entity?: QueryColumn | null;
  /** The column that colors bubbles by group (one legend entry per value). */
  series?: QueryColumn | null;
  x?: QueryMetric | null;
  y?: QueryMetric | null;
  size?: QueryMetric | null;
  /** The metric the query is sorted by (which bubbles the row limit keeps). */
  orderby?: QueryMetric | null;
  order_desc?: boolean;
  show_legend?: boolean;
  /** The largest bubble's radius-ish size in pixels (the smallest is 5). */
  max_bubble_size?: number | string;
  tooltipSizeFormat?: string;
  opacity?: number | string;
  x_axis_label?: string;
  x_axis_title_margin?: number | string;
  xAxisFormat?: string;
  logXAxis?: boolean;
  y_axis_label?: string;
  y_axis_title_margin?: number | string;
  y_axis_format?: string;
  logYAxis?: boolean;
  truncateYAxis?: boolean;
  /** [min, max] of the y-axis, applied when `truncateYAxis`; a null end follows the data. */
  y_axis_bounds?: [number | null, number | null] | null;
}
