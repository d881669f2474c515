import type { QueryContextRequest } from '../../../core/query/query-context';
import { buildWeightedPointsQuery } from '../common/weighted-points';
import type { DeckHeatmapFormData } from './types';

/**
 * deck.gl Heatmap's query (Superset's `buildSpatialQuery`): the locations, with the weight
 * metric per location when chosen, else the raw rows.
 */
export function buildHeatmapQuery(formData: DeckHeatmapFormData): QueryContextRequest {
  return buildWeightedPointsQuery(formData);
}
