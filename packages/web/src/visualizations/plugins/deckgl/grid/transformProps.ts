import type { ChartDataResult } from '@superset-ts/shared';
import type { TransformContext } from '../../../core/chart-plugin';
import { numberValue } from '../../../core/form-data';
import { readAggregatedCellSpec, transformCellLayerProps } from '../common/cell-layers';
import type { DeckChartProps } from '../common/types';
import { DEFAULT_CELL_SIZE } from './controlPanel';
import type { DeckGridFormData } from './types';

/**
 * deck.gl Grid's props (Superset's Grid layer): the weighted points binned into square cells of
 * the grid size in meters, each coloured and raised by its aggregated weight.
 *
 * @throws NothingToDrawError when no row has a position.
 */
export function transformGridProps(
  formData: DeckGridFormData,
  queriesResponse: readonly ChartDataResult[],
  context: TransformContext,
): DeckChartProps {
  return transformCellLayerProps(formData, queriesResponse, context, 'Grid', (points) => ({
    kind: 'grid',
    cellSize: numberValue(formData.grid_size) ?? DEFAULT_CELL_SIZE,
    ...readAggregatedCellSpec(formData, points),
  }));
}
