import type { QueryColumn } from '@superset-ts/shared';
import type { ChartFormData } from '../../../core/form-data';
import type { LegendPosition, PickerColor } from '../common/types';

/**
 * The form data of deck.gl Arc (`deck_arc`). The two ends are read by `readSpatial`
 * (flat `start_spatial_*` / `end_spatial_*` controls or Superset's objects of those names).
 */
export interface DeckArcFormData extends ChartFormData {
  dimension?: QueryColumn | null;
  color_picker?: PickerColor;
  target_color_picker?: PickerColor;
  color_scheme_type?: string;
  /** The arcs' width in pixels. */
  stroke_width?: number | string | null;
  legend_position?: LegendPosition | 'none' | null;
  mapbox_style?: string;
  autozoom?: boolean;
  filter_nulls?: boolean;
}
