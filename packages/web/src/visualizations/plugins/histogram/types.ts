import type { QueryColumn } from '@superset-ts/shared';
import type { ChartFormData } from '../../core/form-data';

/** The form data of the Histogram (`histogram_v2`). */
export interface HistogramFormData extends ChartFormData {
  /** The numeric column whose values are counted into bins. */
  column?: QueryColumn | null;
  /** One series of bars per group of these columns. */
  groupby?: QueryColumn[];
  bins?: number | string;
  /** Bars show shares of all values (summing to 1) instead of counts. */
  normalize?: boolean;
  /** Each bar counts its bin and every bin before it. */
  cumulative?: boolean;
  show_value?: boolean;
  show_legend?: boolean;
  x_axis_title?: string;
  x_axis_format?: string;
  y_axis_title?: string;
  y_axis_format?: string;
}
