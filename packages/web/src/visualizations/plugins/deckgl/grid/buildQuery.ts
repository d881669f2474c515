import type { QueryContextRequest } from '../../../core/query/query-context';
import { buildWeightedPointsQuery } from '../common/weighted-points';
import type { DeckGridFormData } from './types';

/**
 * deck.gl Grid's query (Superset's `buildSpatialQuery`): the locations, with the weight metric
 * per location when chosen, else the raw rows; the cells are binned in the browser.
 */
export function buildGridQuery(formData: DeckGridFormData): QueryContextRequest {
  return buildWeightedPointsQuery(formData);
}
