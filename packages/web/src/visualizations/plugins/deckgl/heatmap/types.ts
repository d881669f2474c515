import type { QueryMetric } from '@superset-ts/shared';
import type { ChartFormData } from '../../../core/form-data';

/**
 * The form data of deck.gl Heatmap (`deck_heatmap`); the location is read by `readSpatial`
 * (flat `spatial_*` controls or Superset's `spatial` object).
 */
export interface DeckHeatmapFormData extends ChartFormData {
  size?: QueryMetric | null;
  /** Multiplies each point's weight. */
  intensity?: number | string;
  /** How far a point's weight spreads, in pixels. */
  radius_pixels?: number | string;
  /** Whether overlapping weights add up or average (`sum` or `mean`). */
  aggregation?: string;
  linear_color_scheme?: string;
  mapbox_style?: string;
  autozoom?: boolean;
}
