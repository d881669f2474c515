import type { QueryContextRequest } from '../../../core/query/query-context';
import { buildWeightedPointsQuery } from '../common/weighted-points';
import type { DeckHexFormData } from './types';

/**
 * deck.gl 3D Hexagon's query (Superset's `buildSpatialQuery`): the locations, with the weight
 * metric per location when chosen, else the raw rows; the hexagons are binned in the browser.
 */
export function buildHexQuery(formData: DeckHexFormData): QueryContextRequest {
  return buildWeightedPointsQuery(formData);
}
