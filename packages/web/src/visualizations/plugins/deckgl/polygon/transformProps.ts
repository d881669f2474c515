import type { ChartDataResult, QueryMetric } from '@superset-ts/shared';
import type { TransformContext } from '../../../core/chart-plugin';
import { ensureArray, numberValue } from '../../../core/form-data';
import { getMetricLabel } from '../../../core/query/labels';
import { rowsOf, toNumberOrNull } from '../../../core/query/results';
import { getNumberFormatter } from '../../../formatting/number-formatter';
import { toRgba } from '../common/colors';
import { columnLabelOf, displayName, readColumn } from '../common/columns';
import { buildDeckChartProps, buildLegend, NothingToDrawError } from '../common/deck-props';
import { fixedOrMetricReader, readFixedOrMetric } from '../common/fixed-or-metric';
import type { PolygonDatum } from '../common/layer-spec';
import { decodePolygons, lineEncoding } from '../common/line-decoding';
import type { DeckChartProps, LegendEntry, LngLat, RGBAColor } from '../common/types';
import { bucketColors, bucketEdges, bucketIndex, DEFAULT_BUCKET_COUNT } from './buckets';
import { DEFAULT_ELEVATION } from './controlPanel';
import type { DeckPolygonFormData } from './types';

const TRANSPARENT: RGBAColor = [0, 0, 0, 0];

interface PolygonRow {
  rings: LngLat[][];
  value: number | null;
  elevation: number;
}

function metricLabelOf(metric: QueryMetric | null | undefined): string | undefined {
  return metric === null || metric === undefined || metric === ''
    ? undefined
    : getMetricLabel(metric);
}

/**
 * deck.gl Polygon's props (Superset's Polygon `transformProps` and layer): the outlines decoded
 * from the polygon column, raised by the fixed or metric elevation, coloured by the bucket of
 * their metric along the linear scheme (with a legend of the buckets), else the fill colour.
 *
 * @throws NothingToDrawError when no row holds a polygon that can be decoded.
 */
export function transformPolygonProps(
  formData: DeckPolygonFormData,
  queriesResponse: readonly ChartDataResult[],
  context: TransformContext,
): DeckChartProps {
  const rows = rowsOf(queriesResponse[0]);
  const column = columnLabelOf(readColumn(formData.line_column));
  const encoding = lineEncoding(formData.line_type);
  const reverse = formData.reverse_long_lat === true;
  const metricLabel = metricLabelOf(formData.metric);
  const elevation = fixedOrMetricReader(
    readFixedOrMetric(formData, 'point_radius_fixed', DEFAULT_ELEVATION),
  );
  const formatLegend = getNumberFormatter(formData.legend_format);
  const formatValue = getNumberFormatter();

  const polygons = rows.flatMap((row): PolygonRow[] => {
    const rings = column === undefined ? [] : decodePolygons(row[column], encoding, reverse);
    if (rings.length === 0) return [];
    const value = metricLabel === undefined ? null : toNumberOrNull(row[metricLabel]);
    const height = elevation.valueOf(row) ?? 0;
    return [{ rings, value, elevation: height }];
  });
  if (polygons.length === 0) throw new NothingToDrawError(rows.length, `a ${encoding} polygon`);

  const values = polygons.flatMap((polygon) => (polygon.value === null ? [] : [polygon.value]));
  const breakPoints = ensureArray(formData.break_points).flatMap((point) => {
    const value = numberValue(point);
    return value === undefined ? [] : [value];
  });
  const edges =
    metricLabel === undefined
      ? []
      : bucketEdges(values, numberValue(formData.num_buckets) ?? DEFAULT_BUCKET_COUNT, breakPoints);
  const colors = bucketColors(formData.linear_color_scheme, edges);
  const fillColor = toRgba(formData.fill_color_picker);
  const metricName = metricLabel && displayName(metricLabel, context.verboseMap);
  const elevationName =
    elevation.metricLabel && displayName(elevation.metricLabel, context.verboseMap);

  const data = polygons.flatMap(({ rings, value, elevation: height }): PolygonDatum[] => {
    const bucket = value === null ? -1 : bucketIndex(value, edges);
    const color = metricLabel === undefined ? fillColor : (colors[bucket] ?? TRANSPARENT);
    const tooltip: string[] = [];
    if (metricName) tooltip.push(`${metricName}: ${formatValue(value)}`);
    if (elevationName && elevation.metricLabel !== metricLabel) {
      tooltip.push(`${elevationName}: ${formatValue(height)}`);
    }
    // A polygon left out of every bucket is hidden, and so is its height.
    const shownHeight = color[3] === 0 ? 0 : height;
    return rings.map((polygon) => ({ polygon, fillColor: color, elevation: shownHeight, tooltip }));
  });

  const legendEntries: LegendEntry[] = colors.map((color, index) => ({
    label: `${formatLegend(edges[index] as number)} - ${formatLegend(edges[index + 1] as number)}`,
    color,
  }));
  const opacity = numberValue(formData.opacity);

  return buildDeckChartProps(formData, {
    layer: {
      kind: 'polygon',
      data,
      filled: formData.filled !== false,
      stroked: formData.stroked === true,
      extruded: formData.extruded !== false,
      lineColor: toRgba(formData.stroke_color_picker),
      lineWidth: numberValue(formData.line_width) ?? 1,
      lineWidthUnits: formData.line_width_unit === 'meters' ? 'meters' : 'pixels',
      elevationScale: numberValue(formData.multiplier) ?? 1,
      opacity: opacity === undefined ? 0.8 : Math.min(100, Math.max(0, opacity)) / 100,
    },
    points: data.flatMap((datum) => datum.polygon),
    legend: buildLegend(formData, legendEntries),
    ariaLabel: `Polygon map of ${data.length} polygons`,
  });
}
