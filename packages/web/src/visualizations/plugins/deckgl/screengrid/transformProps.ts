import type { ChartDataResult } from '@superset-ts/shared';
import type { TransformContext } from '../../../core/chart-plugin';
import { numberValue } from '../../../core/form-data';
import { readCellColorRange } from '../common/cell-colors';
import { transformCellLayerProps } from '../common/cell-layers';
import type { DeckChartProps } from '../common/types';
import { DEFAULT_SCREEN_CELL_SIZE } from './controlPanel';
import type { DeckScreengridFormData } from './types';

/**
 * deck.gl Screen Grid's props (Superset's Screengrid layer): the weighted points summed into
 * square cells of a fixed size on screen, re-binned as the map zooms.
 *
 * @throws NothingToDrawError when no row has a position.
 */
export function transformScreengridProps(
  formData: DeckScreengridFormData,
  queriesResponse: readonly ChartDataResult[],
  context: TransformContext,
): DeckChartProps {
  return transformCellLayerProps(
    formData,
    queriesResponse,
    context,
    'Screen grid',
    ({ data, weightLabel }) => ({
      kind: 'screengrid',
      data,
      cellSizePixels: numberValue(formData.grid_size) ?? DEFAULT_SCREEN_CELL_SIZE,
      colorRange: readCellColorRange(formData),
      weightLabel,
    }),
  );
}
