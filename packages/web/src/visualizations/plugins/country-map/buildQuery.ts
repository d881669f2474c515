import { columnsOf, metricsOf } from '../../core/query/operators';
import {
  buildBaseQueryObject,
  buildQueryContext,
  type QueryContextRequest,
} from '../../core/query/query-context';
import type { CountryMapFormData } from './types';

/** The Country Map's query (Superset's country map): the metric by the subdivision code column. */
export function buildCountryMapQuery(formData: CountryMapFormData): QueryContextRequest {
  return buildQueryContext(formData, [
    {
      ...buildBaseQueryObject(formData),
      columns: columnsOf(formData.entity),
      metrics: metricsOf(formData.metric),
    },
  ]);
}
