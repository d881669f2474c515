import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  deleteSavedQuery,
  fetchQueryHistory,
  fetchSavedQueries,
  type ListPageRequest,
} from '../../api/sqllab';
import { SAVED_QUERIES_KEY } from './useSaveQuery';

/** One page of the user's saved queries; the previous page stays while the next loads. */
export function useSavedQueryList(request: ListPageRequest) {
  return useQuery({
    queryKey: [...SAVED_QUERIES_KEY, 'list', request],
    queryFn: () => fetchSavedQueries(request),
    placeholderData: keepPreviousData,
  });
}

/** Deleting a saved query, refreshing the lists when done. */
export function useDeleteSavedQuery() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => deleteSavedQuery(id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: SAVED_QUERIES_KEY }),
  });
}

/** One page of the query history. */
export function useQueryHistoryList(request: ListPageRequest) {
  return useQuery({
    queryKey: ['sqllab', 'history', request],
    queryFn: () => fetchQueryHistory(request),
    placeholderData: keepPreviousData,
  });
}
