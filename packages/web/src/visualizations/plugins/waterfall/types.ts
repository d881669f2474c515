import type { QueryColumn, QueryMetric } from '@superset-ts/shared';
import type { ChartFormData } from '../../core/form-data';

/** An RGBA color as Superset's color picker stores it. */
export interface RgbaColor {
  r: number;
  g: number;
  b: number;
  a?: number;
}

/** The form data of the Waterfall Chart (Superset's `EchartsWaterfallFormData`). */
export interface WaterfallFormData extends ChartFormData {
  x_axis?: QueryColumn;
  /** The breakdown: one column (Superset stores a list of at most one). */
  groupby?: QueryColumn | QueryColumn[] | null;
  metric?: QueryMetric | null;
  show_value?: boolean;
  show_legend?: boolean;
  show_total?: boolean;
  increase_color?: RgbaColor;
  decrease_color?: RgbaColor;
  total_color?: RgbaColor;
  increase_label?: string;
  decrease_label?: string;
  total_label?: string;
  x_axis_label?: string;
  y_axis_label?: string;
  x_axis_time_format?: string;
  /** `auto`, `flat`, `45°`, `90°` or `staggered`. */
  x_ticks_layout?: string;
  y_axis_format?: string;
}

/** Superset's default colors of the three kinds of bars. */
export const DEFAULT_WATERFALL_COLORS = {
  increase: { r: 90, g: 193, b: 137, a: 1 },
  decrease: { r: 224, g: 67, b: 85, a: 1 },
  total: { r: 102, g: 102, b: 102, a: 1 },
} as const satisfies Record<string, RgbaColor>;
