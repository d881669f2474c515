import { useQuery } from '@tanstack/react-query';
import { fetchColumnValues } from '../../api/column-values-api';

/**
 * The distinct values of a dataset column, fetched once per column while `isEnabled` (the
 * operator takes values) and kept for a few minutes, as the filter editor's choices.
 */
export function useColumnValues(
  datasetId: number | undefined,
  column: string | undefined,
  isEnabled: boolean,
) {
  return useQuery({
    queryKey: ['explore', 'column-values', datasetId, column],
    queryFn: () => fetchColumnValues(datasetId as number, column as string),
    enabled: isEnabled && datasetId !== undefined && column !== undefined && column !== '',
    staleTime: 5 * 60_000,
  });
}
