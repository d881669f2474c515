import type { QueryColumn, QueryMetric } from '@superset-ts/shared';
import type { ChartFormData } from '../../core/form-data';

/** The form data of the Gauge Chart (`gauge_chart`). Numbers may arrive as text from inputs. */
export interface GaugeFormData extends ChartFormData {
  groupby?: QueryColumn[];
  metric?: QueryMetric | null;
  sort_by_metric?: boolean;
  /** Axis bounds; empty bounds are twice the smallest (or 0) and the largest value. */
  min_val?: number | string | null;
  max_val?: number | string | null;
  start_angle?: number | string;
  end_angle?: number | string;
  font_size?: number | string;
  number_format?: string;
  /** Text around the value, `{value}` standing for it (e.g. `{value} km`). */
  value_formatter?: string;
  show_pointer?: boolean;
  animation?: boolean;
  show_axis_tick?: boolean;
  show_split_line?: boolean;
  split_number?: number | string;
  show_progress?: boolean;
  overlap?: boolean;
  round_cap?: boolean;
  /** Comma-separated upper bounds of the colored intervals, e.g. `2,4,5`. */
  intervals?: string;
  /** Comma-separated 1-based positions in the color scheme, one per interval. */
  interval_color_indices?: string;
  /** Colors per interval as saved by newer Superset versions; win over the indices. */
  interval_colors?: string[];
}
