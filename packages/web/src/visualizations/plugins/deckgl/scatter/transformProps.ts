import type { ChartDataResult } from '@superset-ts/shared';
import type { TransformContext } from '../../../core/chart-plugin';
import { numberValue } from '../../../core/form-data';
import { rowsOf } from '../../../core/query/results';
import { getNumberFormatter } from '../../../formatting/number-formatter';
import { readCategoryColors } from '../common/category-colors';
import { toRgba } from '../common/colors';
import { displayName } from '../common/columns';
import { buildDeckChartProps, buildLegend, NothingToDrawError } from '../common/deck-props';
import { fixedOrMetricReader, readFixedOrMetric } from '../common/fixed-or-metric';
import type { ScatterDatum } from '../common/layer-spec';
import { decodeSpatialPosition, readSpatial } from '../common/spatial';
import { positionText } from '../common/tooltip';
import type { DeckChartProps } from '../common/types';
import { DEFAULT_POINT_SIZE } from './controlPanel';
import { pointUnit, unitToRadius } from './point-unit';
import type { DeckScatterFormData } from './types';

/** The radius of a point whose size metric is missing, in meters (Superset's fallback). */
const FALLBACK_RADIUS = 10;

/**
 * The deck.gl Scatterplot's props (Superset's Scatter `transformProps` and layer): a circle per
 * row with a position, sized by the fixed size or the metric in the point unit, times the
 * multiplier; coloured by the dimension's category (with a legend) or the fixed colour.
 *
 * @throws NothingToDrawError when no row has a position.
 */
export function transformScatterProps(
  formData: DeckScatterFormData,
  queriesResponse: readonly ChartDataResult[],
  context: TransformContext,
): DeckChartProps {
  const rows = rowsOf(queriesResponse[0]);
  const spatial = readSpatial(formData, 'spatial');
  const size = fixedOrMetricReader(
    readFixedOrMetric(formData, 'point_radius_fixed', DEFAULT_POINT_SIZE),
  );
  const unit = pointUnit(formData.point_unit);
  const multiplier = numberValue(formData.multiplier) ?? 1;
  const categories = readCategoryColors(formData);
  const fixedColor = toRgba(formData.color_picker);
  const formatValue = getNumberFormatter();
  const categoryName = categories && displayName(categories.column, context.verboseMap);
  const metricName = size.metricLabel && displayName(size.metricLabel, context.verboseMap);

  const data = rows.flatMap((row): ScatterDatum[] => {
    const position = decodeSpatialPosition(row, spatial);
    if (!position) return [];
    const value = size.valueOf(row);
    const radius = value === null ? FALLBACK_RADIUS : unitToRadius(unit, value) * multiplier;
    const category = categories?.categoryOf(row);
    const color = categories && category !== undefined ? categories.colorOf(category) : fixedColor;
    const tooltip = [positionText(position)];
    if (category !== undefined) tooltip.push(`${categoryName}: ${category}`);
    if (metricName) tooltip.push(`${metricName}: ${formatValue(value)}`);
    return [{ position, radius, color, tooltip }];
  });
  if (data.length === 0) throw new NothingToDrawError(rows.length, 'a position');

  return buildDeckChartProps(formData, {
    layer: {
      kind: 'scatter',
      data,
      radiusMinPixels: numberValue(formData.min_radius) ?? 2,
      radiusMaxPixels: numberValue(formData.max_radius) ?? 250,
    },
    points: data.map((datum) => datum.position),
    legend: categories ? buildLegend(formData, categories.legendEntries()) : null,
    ariaLabel: `Scatter map of ${data.length} points`,
  });
}
