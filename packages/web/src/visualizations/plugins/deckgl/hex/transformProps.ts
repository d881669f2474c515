import type { ChartDataResult } from '@superset-ts/shared';
import type { TransformContext } from '../../../core/chart-plugin';
import { numberValue } from '../../../core/form-data';
import { readAggregatedCellSpec, transformCellLayerProps } from '../common/cell-layers';
import type { DeckChartProps } from '../common/types';
import { DEFAULT_HEX_RADIUS } from './controlPanel';
import type { DeckHexFormData } from './types';

/**
 * deck.gl 3D Hexagon's props (Superset's Hex layer): the weighted points binned into hexagons
 * of the grid size in meters, each coloured and raised by its aggregated weight.
 *
 * @throws NothingToDrawError when no row has a position.
 */
export function transformHexProps(
  formData: DeckHexFormData,
  queriesResponse: readonly ChartDataResult[],
  context: TransformContext,
): DeckChartProps {
  return transformCellLayerProps(formData, queriesResponse, context, 'Hexagon', (points) => ({
    kind: 'hexagon',
    radius: numberValue(formData.grid_size) ?? DEFAULT_HEX_RADIUS,
    ...readAggregatedCellSpec(formData, points),
  }));
}
