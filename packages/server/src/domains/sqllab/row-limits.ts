import type { LimitingFactor } from '../queries/query.record.js';

/**
 * The row limit of a run: the editor's limit (queryLimit) bounded by SQL_MAX_ROW, or
 * SQL_MAX_ROW when the editor sent none (Superset's `apply_max_row_limit`).
 */
export function boundQueryLimit(queryLimit: number | undefined, sqlMaxRow: number): number {
  return queryLimit === undefined ? sqlMaxRow : Math.min(queryLimit, sqlMaxRow);
}

/**
 * Which limit wins and why, before running (Superset's `_set_query_limit`): the SQL's own
 * LIMIT against the dropdown's. The effective limit is the smaller of the two.
 */
export function limitingFactorFor(
  sqlLimit: number | null,
  dropdownLimit: number,
): { limit: number; factor: LimitingFactor } {
  if (sqlLimit === null || sqlLimit > dropdownLimit) {
    return { limit: dropdownLimit, factor: 'DROPDOWN' };
  }
  if (dropdownLimit > sqlLimit) return { limit: sqlLimit, factor: 'QUERY' };
  return { limit: sqlLimit, factor: 'QUERY_AND_DROPDOWN' };
}
