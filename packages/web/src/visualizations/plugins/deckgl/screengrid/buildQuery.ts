import type { QueryContextRequest } from '../../../core/query/query-context';
import { buildWeightedPointsQuery } from '../common/weighted-points';
import type { DeckScreengridFormData } from './types';

/**
 * deck.gl Screen Grid's query (Superset's `buildSpatialQuery`): the locations, with the weight
 * metric per location when chosen, else the raw rows.
 */
export function buildScreengridQuery(formData: DeckScreengridFormData): QueryContextRequest {
  return buildWeightedPointsQuery(formData);
}
