import type { ChartDataResult, QueryMetric } from '@superset-ts/shared';
import type { TransformContext } from '../../../core/chart-plugin';
import type { ChartFormData } from '../../../core/form-data';
import { getMetricLabel } from '../../../core/query/labels';
import { buildQueryContext, type QueryContextRequest } from '../../../core/query/query-context';
import { rowsOf, toNumberOrNull } from '../../../core/query/results';
import { displayName } from './columns';
import { NothingToDrawError } from './deck-props';
import type { WeightedPoint } from './layer-spec';
import { buildDeckQueryObject } from './query';
import { decodeSpatialPosition, readSpatial, spatialColumns } from './spatial';

/** The weight metric of the point layers (`size`), when one is chosen. */
export function readSizeMetric(formData: ChartFormData): QueryMetric | undefined {
  const { size } = formData;
  if (typeof size === 'string') return size === '' ? undefined : size;
  return size && typeof size === 'object' ? (size as QueryMetric) : undefined;
}

/**
 * The query of the layers that aggregate points (hexagons, grid, heatmap, screen grid; Superset's
 * `buildSpatialQuery`): the location columns, with the `size` metric per location when chosen,
 * else the raw rows.
 */
export function buildWeightedPointsQuery(formData: ChartFormData): QueryContextRequest {
  const columns = spatialColumns(readSpatial(formData, 'spatial'));
  return buildQueryContext(formData, [
    buildDeckQueryObject(formData, {
      columns,
      metrics: [readSizeMetric(formData)],
      locationColumns: columns,
    }),
  ]);
}

/** The points of the results with their weights, and what a weight stands for. */
export interface WeightedPoints {
  data: WeightedPoint[];
  /** The metric's name, or "Count" when each row weighs one. */
  weightLabel: string;
}

/**
 * Each row's position and weight (the `size` metric, 1 without one; rows whose metric is not
 * a number are left out).
 *
 * @throws NothingToDrawError when no row has a position.
 */
export function readWeightedPoints(
  formData: ChartFormData,
  queriesResponse: readonly ChartDataResult[],
  context: TransformContext,
): WeightedPoints {
  const rows = rowsOf(queriesResponse[0]);
  const spatial = readSpatial(formData, 'spatial');
  const metric = readSizeMetric(formData);
  const metricLabel = metric === undefined ? undefined : getMetricLabel(metric);
  const data = rows.flatMap((row): WeightedPoint[] => {
    const position = decodeSpatialPosition(row, spatial);
    const weight = metricLabel === undefined ? 1 : toNumberOrNull(row[metricLabel]);
    return position && weight !== null ? [{ position, weight }] : [];
  });
  if (data.length === 0) throw new NothingToDrawError(rows.length, 'a position');
  return {
    data,
    weightLabel: metricLabel === undefined ? 'Count' : displayName(metricLabel, context.verboseMap),
  };
}
