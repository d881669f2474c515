import type { QueryColumn, QueryMetric } from '@superset-ts/shared';
import type { ChartFormData } from '../../core/form-data';

/**
 * How one query's series are drawn (Superset's `EchartsTimeseriesSeriesType`): lines, smooth
 * lines, dots, bars, or stepped lines with the step at the `start`, `middle` or `end`.
 */
export type SeriesType = 'line' | 'smooth' | 'scatter' | 'bar' | 'start' | 'middle' | 'end';

/** The step positions of a stepped line. */
export const STEP_TYPES = ['start', 'middle', 'end'] as const;

/** Superset's x-axis orders of a categorical axis (`x_axis_sort_series`). */
export type XAxisSortSeries = 'name' | 'sum' | 'min' | 'max' | 'avg';

/** The form data of the ECharts time-series charts (line, bar, area, scatter, smooth, step). */
export interface TimeseriesFormData extends ChartFormData {
  x_axis?: QueryColumn;
  metrics?: QueryMetric[];
  groupby?: QueryColumn[];
  /** The series limit. */
  limit?: number | string | null;
  /** The metric that ranks series for the series limit. */
  timeseries_limit_metric?: QueryMetric | null;
  order_desc?: boolean;
  truncate_metric?: boolean;
  show_empty_columns?: boolean;
  contributionMode?: 'row' | 'column' | null;
  rolling_type?: string | null;
  rolling_periods?: number | string | null;
  min_periods?: number | string | null;
  /** Time shifts of a time comparison (`1 year ago`, ...). */
  time_compare?: string[] | string | null;
  comparison_type?: string | null;
  resample_rule?: string | null;
  resample_method?: string | null;
  show_legend?: boolean;
  y_axis_format?: string;
  x_axis_time_format?: string;
  /** Rotation of the x-axis labels in degrees (0, 45, 90). */
  xAxisLabelRotation?: number | string;
  logAxis?: boolean;
  /** Stack series: `true`/`"Stack"` (Superset stores either). */
  stack?: boolean | string | null;
  show_value?: boolean;
  markerEnabled?: boolean;
  markerSize?: number | string;
  zoomable?: boolean;
  opacity?: number;
  /** Bars only: `vertical` (default) or `horizontal`. */
  orientation?: 'vertical' | 'horizontal';
  /** Stepped lines only: where the step is. */
  seriesType?: SeriesType;
  /** Categorical x-axis (Superset, without dimensions): sort by this label or metric. */
  x_axis_sort?: string | null;
  x_axis_sort_asc?: boolean;
  /** Categorical x-axis: sort categories by name or by a total of their series. */
  x_axis_sort_series?: XAxisSortSeries | null;
  x_axis_sort_series_ascending?: boolean;
}

/** How a time-series plugin draws its series. */
export type TimeseriesKind = 'line' | 'bar' | 'area' | 'scatter' | 'smooth' | 'step';
