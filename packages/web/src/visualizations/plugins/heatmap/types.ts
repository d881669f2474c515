import type { QueryColumn, QueryMetric } from '@superset-ts/shared';
import type { ChartFormData } from '../../core/form-data';

/** How an axis's categories are ordered: by their values, or by their metric totals. */
export type AxisSort = 'alpha_asc' | 'alpha_desc' | 'value_asc' | 'value_desc';

/** What the color (and the tooltip's percentage) is relative to: all cells, a column or a row. */
export type NormalizeAcross = 'heatmap' | 'x' | 'y';

/** The form data of the Heatmap (`heatmap_v2`). */
export interface HeatmapFormData extends ChartFormData {
  x_axis?: QueryColumn | null;
  /** The y-axis column (one column; Superset stores it under `groupby`). */
  groupby?: QueryColumn | QueryColumn[] | null;
  metric?: QueryMetric | null;
  sort_x_axis?: AxisSort;
  sort_y_axis?: AxisSort;
  normalize_across?: NormalizeAcross;
  legend_type?: 'continuous' | 'piecewise';
  linear_color_scheme?: string;
  /** Show every n-th x label; -1 lets ECharts choose. */
  xscale_interval?: number | string;
  yscale_interval?: number | string;
  /** Fixed [min, max] of the color scale; a null end follows the data. */
  value_bounds?: [number | null, number | null] | null;
  y_axis_format?: string;
  x_axis_time_format?: string;
  show_legend?: boolean;
  show_percentage?: boolean;
  show_values?: boolean;
  /** Colors by percentile rank within the normalisation range instead of by value. */
  normalized?: boolean;
}
