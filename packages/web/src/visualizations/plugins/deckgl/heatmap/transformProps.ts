import type { ChartDataResult } from '@superset-ts/shared';
import type { TransformContext } from '../../../core/chart-plugin';
import { numberValue } from '../../../core/form-data';
import { sequentialColorRange } from '../common/colors';
import { buildDeckChartProps } from '../common/deck-props';
import type { DeckChartProps } from '../common/types';
import { readWeightedPoints } from '../common/weighted-points';
import type { DeckHeatmapFormData } from './types';

/** The colours of the heat, light (few points) to dark (many). */
const HEAT_STEPS = 6;

/**
 * deck.gl Heatmap's props (Superset's Heatmap layer): the weighted points blended into a
 * density surface coloured by the linear scheme.
 *
 * @throws NothingToDrawError when no row has a position.
 */
export function transformHeatmapProps(
  formData: DeckHeatmapFormData,
  queriesResponse: readonly ChartDataResult[],
  context: TransformContext,
): DeckChartProps {
  const { data } = readWeightedPoints(formData, queriesResponse, context);
  return buildDeckChartProps(formData, {
    layer: {
      kind: 'heatmap',
      data,
      intensity: numberValue(formData.intensity) ?? 1,
      radiusPixels: numberValue(formData.radius_pixels) ?? 30,
      colorRange: sequentialColorRange(formData.linear_color_scheme, HEAT_STEPS),
      aggregation: String(formData.aggregation).toLowerCase() === 'mean' ? 'MEAN' : 'SUM',
    },
    points: data.map((point) => point.position),
    ariaLabel: `Heatmap of ${data.length} points`,
  });
}
