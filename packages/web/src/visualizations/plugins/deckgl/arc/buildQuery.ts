import { buildQueryContext, type QueryContextRequest } from '../../../core/query/query-context';
import { readColumn } from '../common/columns';
import { buildDeckQueryObject } from '../common/query';
import { readSpatial, spatialColumns } from '../common/spatial';
import type { DeckArcFormData } from './types';

/**
 * deck.gl Arc's query (Superset's Arc `buildQuery`): the raw rows with the start and end
 * location columns and the dimension; rows missing either end are filtered out.
 */
export function buildArcQuery(formData: DeckArcFormData): QueryContextRequest {
  const locationColumns = [
    ...spatialColumns(readSpatial(formData, 'start_spatial')),
    ...spatialColumns(readSpatial(formData, 'end_spatial')),
  ];
  return buildQueryContext(formData, [
    buildDeckQueryObject(formData, {
      columns: [...locationColumns, readColumn(formData.dimension)],
      locationColumns,
    }),
  ]);
}
