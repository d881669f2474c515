import type { QueryColumn } from '@superset-ts/shared';
import type { ChartFormData } from '../../../core/form-data';
import type { LegendPosition, PickerColor } from '../common/types';

/** The unit of the point size (Superset's `point_unit`). */
export type PointUnit =
  'square_m' | 'radius_m' | 'radius_km' | 'radius_miles' | 'square_km' | 'square_miles';

/**
 * The form data of deck.gl Scatterplot (`deck_scatter`). The location is read by `readSpatial`
 * (flat `spatial_*` controls or Superset's `spatial` object), the point size by
 * `readFixedOrMetric` (`point_radius_fixed_*` or Superset's `point_radius_fixed`).
 */
export interface DeckScatterFormData extends ChartFormData {
  point_unit?: PointUnit;
  min_radius?: number | string;
  max_radius?: number | string;
  multiplier?: number | string;
  dimension?: QueryColumn | null;
  color_picker?: PickerColor;
  color_scheme_type?: string;
  legend_position?: LegendPosition | 'none' | null;
  mapbox_style?: string;
  autozoom?: boolean;
  filter_nulls?: boolean;
}
