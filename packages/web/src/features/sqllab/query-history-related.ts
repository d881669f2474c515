import {
  QUERY_API_PATH,
  encodeRison,
  relatedFieldResponseSchema,
  type RelatedFieldResponse,
} from '@superset-ts/shared';
import { getJson } from '../../api/json-request';

/** A column of the query history that has a related picker. */
export type QueryRelatedColumn = 'database' | 'user';

/**
 * The databases or users the query history can be filtered by (those of the queries the
 * caller may see), whose names contain `filter`. Throws ApiRequestError.
 */
export function fetchQueryRelated(
  column: QueryRelatedColumn,
  filter: string,
): Promise<RelatedFieldResponse> {
  const q = encodeURIComponent(encodeRison({ filter, page_size: 25 }));
  return getJson(`${QUERY_API_PATH}related/${column}?q=${q}`, relatedFieldResponseSchema);
}

/** Where a RelatedSelect finds the databases or users to filter the query history by. */
export function queryRelatedSource(column: QueryRelatedColumn) {
  return {
    queryKey: ['sqllab', 'history', 'related', column],
    fetchChoices: async (filter: string) => (await fetchQueryRelated(column, filter)).result,
  };
}
