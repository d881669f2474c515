import type { QueryColumn, QueryMetric } from '@superset-ts/shared';
import type { ChartFormData } from '../../core/form-data';

/** The whisker choices of the Box Plot (Superset's `whiskerOptions`). */
export const WHISKER_OPTIONS = [
  'Tukey',
  'Min/max (no outliers)',
  '2/98 percentiles',
  '9/91 percentiles',
] as const;

/** How the x-axis labels are laid out (Superset's `x_ticks_layout`). */
export type XTicksLayout = 'auto' | 'flat' | '45°' | '90°' | 'staggered';

/** The form data of the Box Plot. */
export interface BoxPlotFormData extends ChartFormData {
  /** "Distribute across": the columns whose groups make the values of each box. */
  columns?: QueryColumn[];
  /** The dimensions: one box per group (per metric). */
  groupby?: QueryColumn[];
  metrics?: QueryMetric[];
  series_limit?: number | string | null;
  series_limit_metric?: QueryMetric | null;
  /** One of `WHISKER_OPTIONS`, or any "<low>/<high> percentiles". */
  whiskerOptions?: string;
  x_ticks_layout?: XTicksLayout;
  number_format?: string;
  date_format?: string;
  x_axis_title?: string;
  y_axis_title?: string;
}
