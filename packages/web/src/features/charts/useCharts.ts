import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  deleteChart,
  deleteCharts,
  fetchCharts,
  fetchFavoriteStatus,
  setChartFavorite,
  type ChartListRequest,
} from '../../api/charts';

/** The react-query key of everything chart. */
export const CHARTS_KEY = ['charts'] as const;

const FAVORITES_KEY = [...CHARTS_KEY, 'favorite-status'] as const;

/** One page of charts; the previous page stays on screen while the next one loads. */
export function useChartList(request: ChartListRequest) {
  return useQuery({
    queryKey: [...CHARTS_KEY, 'list', request],
    queryFn: () => fetchCharts(request),
    placeholderData: keepPreviousData,
  });
}

/** Whether each chart on screen is one of the user's favourites (idle for an empty page). */
export function useFavoriteStatus(ids: readonly number[]) {
  return useQuery({
    queryKey: [...FAVORITES_KEY, ids],
    queryFn: () => fetchFavoriteStatus(ids),
    enabled: ids.length > 0,
  });
}

/**
 * Marking and unmarking a favourite. The star changes at once and goes back if the server
 * refuses; the list is read again afterwards, since the Favourite filter may now exclude it.
 */
export function useToggleFavorite() {
  const queryClient = useQueryClient();
  const setCached = (id: number, isFavorite: boolean) =>
    queryClient.setQueriesData<ReadonlyMap<number, boolean>>(
      { queryKey: FAVORITES_KEY },
      (status) => (status?.has(id) ? new Map(status).set(id, isFavorite) : status),
    );
  return useMutation({
    mutationFn: ({ id, isFavorite }: { id: number; isFavorite: boolean }) =>
      setChartFavorite(id, isFavorite),
    onMutate: ({ id, isFavorite }) => setCached(id, isFavorite),
    onError: (_error, { id, isFavorite }) => setCached(id, !isFavorite),
    onSettled: () => queryClient.invalidateQueries({ queryKey: CHARTS_KEY }),
  });
}

/** Deleting one chart or several; each refreshes the list. */
export function useChartDeletion() {
  const queryClient = useQueryClient();
  const onSuccess = () => queryClient.invalidateQueries({ queryKey: CHARTS_KEY });
  return {
    remove: useMutation({ mutationFn: (id: number) => deleteChart(id), onSuccess }),
    removeMany: useMutation({
      mutationFn: (ids: readonly number[]) => deleteCharts(ids),
      onSuccess,
    }),
  };
}
