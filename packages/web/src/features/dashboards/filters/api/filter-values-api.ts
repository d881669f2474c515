import type { ExtraFilter } from '@superset-ts/shared';
import type { QueryContextRequest } from '../../../../visualizations';
import { fetchChartRows } from '../../../explore/api/chart-data-api';
import { fetchColumnValues } from '../../../explore/controls/api/column-values-api';
import type { FilterValue } from '../filter-data-mask';

/** The most values a dependent filter asks for (the values endpoint's own cap). */
export const CASCADE_VALUES_LIMIT = 1000;

/**
 * The query of a dependent filter's choices: the column's distinct values (grouped by it, no
 * metric) with its parents' filters applied, sorted ascending.
 */
export function cascadeValuesQueryContext(
  datasetId: number,
  column: string,
  parentFilters: readonly ExtraFilter[],
): QueryContextRequest {
  return {
    datasource: { id: datasetId, type: 'table' },
    queries: [
      {
        columns: [column],
        metrics: [],
        filters: parentFilters.map((filter) => ({ ...filter, isExtra: true })) as NonNullable<
          QueryContextRequest['queries'][number]['filters']
        >,
        orderby: [[column, true]],
        row_limit: CASCADE_VALUES_LIMIT,
      },
    ],
    result_format: 'json',
    result_type: 'results',
  };
}

function toFilterValue(value: unknown): FilterValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return value;
  }
  return JSON.stringify(value);
}

/**
 * The choices of a select filter: the column's distinct values, narrowed by the parents'
 * filters when it depends on other filters. Throws ApiRequestError (403 when the dataset is
 * not the user's to read).
 */
export async function fetchFilterValues(
  datasetId: number,
  column: string,
  parentFilters: readonly ExtraFilter[],
): Promise<FilterValue[]> {
  if (parentFilters.length === 0) return fetchColumnValues(datasetId, column);
  const [rows] = await fetchChartRows(
    cascadeValuesQueryContext(datasetId, column, parentFilters),
    'results',
  );
  return (rows?.data ?? []).map((row) => toFilterValue(row[column]));
}
