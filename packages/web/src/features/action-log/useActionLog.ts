import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { LogListQueryInput } from '@superset-ts/shared';
import { fetchLogUsers, fetchLogs } from '../../api/logs';

/** One page of the action log, keeping the previous page on screen while the next loads. */
export function useActionLog(query: LogListQueryInput) {
  return useQuery({
    queryKey: ['logs', 'list', query],
    queryFn: () => fetchLogs(query),
    placeholderData: keepPreviousData,
  });
}

/** Users matching `search`, for the user filter; nothing is fetched until `isEnabled`. */
export function useLogUsers(search: string, isEnabled: boolean) {
  return useQuery({
    enabled: isEnabled,
    queryKey: ['logs', 'related-user', search],
    queryFn: () => fetchLogUsers(search),
    staleTime: 60_000,
    placeholderData: keepPreviousData,
  });
}
