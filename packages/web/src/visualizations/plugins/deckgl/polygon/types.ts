import type { QueryColumn, QueryMetric } from '@superset-ts/shared';
import type { ChartFormData } from '../../../core/form-data';
import type { WidthUnits } from '../common/layer-spec';
import type { LineEncoding } from '../common/line-decoding';
import type { LegendPosition, PickerColor } from '../common/types';

/**
 * The form data of deck.gl Polygon (`deck_polygon`); the elevation is read by
 * `readFixedOrMetric` (`point_radius_fixed_*` or Superset's `point_radius_fixed`).
 */
export interface DeckPolygonFormData extends ChartFormData {
  /** The column holding each row's polygon. */
  line_column?: QueryColumn | null;
  line_type?: LineEncoding;
  /** Colours the polygons along the linear scheme. */
  metric?: QueryMetric | null;
  reverse_long_lat?: boolean;
  linear_color_scheme?: string;
  fill_color_picker?: PickerColor;
  stroke_color_picker?: PickerColor;
  filled?: boolean;
  stroked?: boolean;
  extruded?: boolean;
  multiplier?: number | string;
  line_width?: number | string;
  line_width_unit?: WidthUnits;
  /** 0-100 */
  opacity?: number | string;
  num_buckets?: number | string;
  break_points?: (number | string)[];
  legend_position?: LegendPosition | 'none' | null;
  legend_format?: string;
  mapbox_style?: string;
  autozoom?: boolean;
  filter_nulls?: boolean;
}
