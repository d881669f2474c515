import { buildQueryContext, type QueryContextRequest } from '../../core/query/query-context';
import { buildTimeseriesQueryObject } from '../echarts-timeseries/buildQuery';
import { queryFormDataOf } from './query-form-data';
import type { MixedTimeseriesFormData } from './types';

/**
 * The Mixed Chart's request (Superset's MixedTimeseries `buildQuery`): two time-series query
 * objects over the shared x-axis, Query A's and Query B's, each with its own metrics,
 * dimensions, filters, limits and advanced analytics.
 */
export function buildMixedTimeseriesQuery(formData: MixedTimeseriesFormData): QueryContextRequest {
  return buildQueryContext(formData, [
    buildTimeseriesQueryObject(queryFormDataOf(formData, 'a')),
    buildTimeseriesQueryObject(queryFormDataOf(formData, 'b')),
  ]);
}
