import type { ChartDataResult } from '@superset-ts/shared';
import type { TransformContext } from '../../../core/chart-plugin';
import { numberValue } from '../../../core/form-data';
import { rowsOf } from '../../../core/query/results';
import { readCategoryColors } from '../common/category-colors';
import { toRgba } from '../common/colors';
import { displayName } from '../common/columns';
import { buildDeckChartProps, buildLegend, NothingToDrawError } from '../common/deck-props';
import type { ArcDatum } from '../common/layer-spec';
import { decodeSpatialPosition, readSpatial } from '../common/spatial';
import { positionText } from '../common/tooltip';
import type { DeckChartProps } from '../common/types';
import type { DeckArcFormData } from './types';

/**
 * deck.gl Arc's props (Superset's Arc `transformProps` and layer): an arc per row from its start
 * to its end, fading from the source colour to the target colour, or in its category's colour
 * (with a legend) when there is a dimension.
 *
 * @throws NothingToDrawError when no row has both ends.
 */
export function transformArcProps(
  formData: DeckArcFormData,
  queriesResponse: readonly ChartDataResult[],
  context: TransformContext,
): DeckChartProps {
  const rows = rowsOf(queriesResponse[0]);
  const start = readSpatial(formData, 'start_spatial');
  const end = readSpatial(formData, 'end_spatial');
  const categories = readCategoryColors(formData);
  const categoryName = categories && displayName(categories.column, context.verboseMap);
  const sourceColor = toRgba(formData.color_picker);
  const targetColor = toRgba(formData.target_color_picker);

  const data = rows.flatMap((row): ArcDatum[] => {
    const sourcePosition = decodeSpatialPosition(row, start);
    const targetPosition = decodeSpatialPosition(row, end);
    if (!sourcePosition || !targetPosition) return [];
    const category = categories?.categoryOf(row);
    const tooltip = [
      `Start: ${positionText(sourcePosition)}`,
      `End: ${positionText(targetPosition)}`,
    ];
    if (!categories || category === undefined) {
      return [{ sourcePosition, targetPosition, sourceColor, targetColor, tooltip }];
    }
    const color = categories.colorOf(category);
    tooltip.push(`${categoryName}: ${category}`);
    return [{ sourcePosition, targetPosition, sourceColor: color, targetColor: color, tooltip }];
  });
  if (data.length === 0) throw new NothingToDrawError(rows.length, 'both a start and an end');

  return buildDeckChartProps(formData, {
    layer: { kind: 'arc', data, widthPixels: numberValue(formData.stroke_width) ?? 1 },
    points: data.flatMap((datum) => [datum.sourcePosition, datum.targetPosition]),
    legend: categories ? buildLegend(formData, categories.legendEntries()) : null,
    ariaLabel: `Arc map of ${data.length} connections`,
  });
}
