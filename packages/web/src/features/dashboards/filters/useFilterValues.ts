import type { ExtraFilter } from '@superset-ts/shared';
import { useQuery } from '@tanstack/react-query';
import { fetchFilterValues } from './api/filter-values-api';

/**
 * The choices of a select filter, fetched again whenever its parents' pending filters change
 * (a dependent filter only offers values that still match them).
 */
export function useFilterValues(
  datasetId: number | undefined,
  column: string | undefined,
  parentFilters: readonly ExtraFilter[],
) {
  return useQuery({
    queryKey: ['dashboard-filters', 'values', datasetId, column, parentFilters],
    queryFn: () => fetchFilterValues(datasetId as number, column as string, parentFilters),
    enabled: datasetId !== undefined && column !== undefined && column !== '',
    staleTime: 60_000,
  });
}
