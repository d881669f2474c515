import type { ChartDataResult, QueryMetric } from '@superset-ts/shared';
import type { TransformContext } from '../../../core/chart-plugin';
import type { ChartFormData } from '../../../core/form-data';
import { aggregationName, type AggregationName } from './aggregation';
import { readCellColorRange, type CellColorType } from './cell-colors';
import { buildDeckChartProps } from './deck-props';
import type { CellLayerSpec, LayerSpec } from './layer-spec';
import type { DeckChartProps, PickerColor } from './types';
import { readWeightedPoints, type WeightedPoints } from './weighted-points';

/**
 * The form data every layer that bins weighted points into cells reads (hexagons, grid, screen
 * grid); the location is read by `readSpatial` (flat `spatial_*` controls or Superset's
 * `spatial` object).
 */
export interface CellLayerFormData extends ChartFormData {
  size?: QueryMetric | null;
  /** The cells' size: meters for the map-bound layers, pixels for the screen grid. */
  grid_size?: number | string;
  color_scheme_type?: CellColorType | 'default';
  linear_color_scheme?: string;
  color_picker?: PickerColor;
  mapbox_style?: string;
  autozoom?: boolean;
}

/** The form data of the cell layers that aggregate on the map and can be drawn in 3D. */
export interface AggregatedCellFormData extends CellLayerFormData {
  extruded?: boolean;
  js_agg_function?: AggregationName;
}

/**
 * A cell layer chart's props: the weighted points of the results, handed to `toLayer` for the
 * layer, and an accessible name saying what kind of map (`mapName`) shows how many points.
 *
 * @throws NothingToDrawError when no row has a position.
 */
export function transformCellLayerProps(
  formData: CellLayerFormData,
  queriesResponse: readonly ChartDataResult[],
  context: TransformContext,
  mapName: string,
  toLayer: (points: WeightedPoints) => LayerSpec,
): DeckChartProps {
  const points = readWeightedPoints(formData, queriesResponse, context);
  return buildDeckChartProps(formData, {
    layer: toLayer(points),
    points: points.data.map((point) => point.position),
    ariaLabel: `${mapName} map of ${points.data.length} points`,
  });
}

/**
 * The settings the hexagon and grid layers share: the points, 3D unless turned off, the colour
 * range and how a cell's weights combine.
 */
export function readAggregatedCellSpec(
  formData: AggregatedCellFormData,
  { data, weightLabel }: WeightedPoints,
): CellLayerSpec {
  return {
    data,
    extruded: formData.extruded !== false,
    colorRange: readCellColorRange(formData),
    aggregation: aggregationName(formData.js_agg_function),
    weightLabel,
  };
}
