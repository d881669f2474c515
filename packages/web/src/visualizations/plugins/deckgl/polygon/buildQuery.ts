import { buildQueryContext, type QueryContextRequest } from '../../../core/query/query-context';
import { readColumn } from '../common/columns';
import { metricOf, readFixedOrMetric } from '../common/fixed-or-metric';
import { buildDeckQueryObject } from '../common/query';
import { DEFAULT_ELEVATION } from './controlPanel';
import type { DeckPolygonFormData } from './types';

/**
 * deck.gl Polygon's query (Superset's Polygon `buildQuery`): the polygon column, with the
 * colour metric and the elevation metric per polygon when chosen, else the raw rows.
 */
export function buildPolygonQuery(formData: DeckPolygonFormData): QueryContextRequest {
  const lineColumn = readColumn(formData.line_column);
  const lineColumns = lineColumn === undefined ? [] : [lineColumn];
  const elevation = readFixedOrMetric(formData, 'point_radius_fixed', DEFAULT_ELEVATION);
  return buildQueryContext(formData, [
    buildDeckQueryObject(formData, {
      columns: lineColumns,
      metrics: [formData.metric, metricOf(elevation)],
      locationColumns: lineColumns,
    }),
  ]);
}
