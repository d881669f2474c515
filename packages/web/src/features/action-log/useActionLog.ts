import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { LogListQueryInput } from '@superset-ts/shared';
import { fetchLogs } from '../../api/logs';

/** One page of the action log, keeping the previous page on screen while the next loads. */
export function useActionLog(query: LogListQueryInput) {
  return useQuery({
    queryKey: ['logs', 'list', query],
    queryFn: () => fetchLogs(query),
    placeholderData: keepPreviousData,
  });
}
