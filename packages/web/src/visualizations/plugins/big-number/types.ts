import type { QueryColumn } from '@superset-ts/shared';
import type { BigNumberProps, BigNumberTotalFormData } from '../big-number-total/types';

/** An RGBA color as Superset's color picker stores it. */
export interface RgbaColor {
  r: number;
  g: number;
  b: number;
  a?: number;
}

/** The form data of Big Number with Trendline. */
export interface BigNumberFormData extends BigNumberTotalFormData {
  x_axis?: QueryColumn;
  /** Compare with the value this many periods earlier. */
  compare_lag?: number | string | null;
  compare_suffix?: string;
  show_timestamp?: boolean;
  show_trend_line?: boolean;
  start_y_axis_at_zero?: boolean;
  color_picker?: RgbaColor;
  rolling_type?: string | null;
  rolling_periods?: number | string | null;
  min_periods?: number | string | null;
}

/** One point of the trend line: epoch milliseconds and the value (null for a gap). */
export type TrendPoint = [number, number | null];

/** What Big Number with Trendline draws. */
export interface BigNumberTrendlineProps extends BigNumberProps {
  /** Oldest first; absent when the trend line is hidden. */
  trendLine?: TrendPoint[];
  color: string;
  startYAxisAtZero: boolean;
  /** The tooltip text of a point. */
  formatPoint: (point: TrendPoint) => string;
}
