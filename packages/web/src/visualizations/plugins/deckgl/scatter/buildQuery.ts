import { buildQueryContext, type QueryContextRequest } from '../../../core/query/query-context';
import { readColumn } from '../common/columns';
import { metricOf, readFixedOrMetric } from '../common/fixed-or-metric';
import { buildDeckQueryObject } from '../common/query';
import { readSpatial, spatialColumns } from '../common/spatial';
import { DEFAULT_POINT_SIZE } from './controlPanel';
import type { DeckScatterFormData } from './types';

/**
 * The deck.gl Scatterplot's query (Superset's Scatter `buildQuery`): the location columns and
 * the dimension, with the point-size metric per location (largest first) when the size is a
 * metric, else the raw rows.
 */
export function buildScatterQuery(formData: DeckScatterFormData): QueryContextRequest {
  const locationColumns = spatialColumns(readSpatial(formData, 'spatial'));
  const size = readFixedOrMetric(formData, 'point_radius_fixed', DEFAULT_POINT_SIZE);
  return buildQueryContext(formData, [
    buildDeckQueryObject(formData, {
      columns: [...locationColumns, readColumn(formData.dimension)],
      metrics: [metricOf(size)],
      locationColumns,
    }),
  ]);
}
