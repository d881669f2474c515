import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  addDashboardFavorite,
  createDashboard,
  deleteDashboard,
  deleteDashboards,
  fetchDashboardFavoriteStatus,
  fetchDashboards,
  removeDashboardFavorite,
  type DashboardListRequest,
} from '../../../api/dashboards';

/** The react-query key of the dashboards lists. */
export const DASHBOARD_LIST_KEY = ['dashboards', 'list'] as const;

const FAVORITES_KEY = ['dashboards', 'favorite-status'] as const;

/** Superset's title for a dashboard made by "+ Dashboard". */
export const UNTITLED_DASHBOARD_TITLE = '[ untitled dashboard ]';

/** One page of dashboards; the previous page stays on screen while the next one loads. */
export function useDashboardList(request: DashboardListRequest) {
  return useQuery({
    queryKey: [...DASHBOARD_LIST_KEY, request],
    queryFn: () => fetchDashboards(request),
    placeholderData: keepPreviousData,
  });
}

/** Whether each dashboard on screen is one of the user's favourites (idle for an empty page). */
export function useDashboardFavoriteStatus(ids: readonly number[]) {
  return useQuery({
    queryKey: [...FAVORITES_KEY, ids],
    queryFn: () => fetchDashboardFavoriteStatus(ids),
    enabled: ids.length > 0,
  });
}

/**
 * Marking and unmarking a favourite. The star changes at once and goes back if the server
 * refuses; the list is read again afterwards, since the Favourite filter may now exclude it.
 */
export function useToggleDashboardFavorite() {
  const queryClient = useQueryClient();
  const setCached = (id: number, isFavorite: boolean) =>
    queryClient.setQueriesData<ReadonlyMap<number, boolean>>(
      { queryKey: FAVORITES_KEY },
      (status) => (status?.has(id) ? new Map(status).set(id, isFavorite) : status),
    );
  return useMutation({
    mutationFn: ({ id, isFavorite }: { id: number; isFavorite: boolean }) =>
      isFavorite ? addDashboardFavorite(id) : removeDashboardFavorite(id),
    onMutate: ({ id, isFavorite }) => setCached(id, isFavorite),
    onError: (_error, { id, isFavorite }) => setCached(id, !isFavorite),
    onSettled: () => queryClient.invalidateQueries({ queryKey: DASHBOARD_LIST_KEY }),
  });
}

/** Deleting one dashboard or several; each refreshes the list. */
export function useDashboardDeletion() {
  const queryClient = useQueryClient();
  const onSuccess = () => queryClient.invalidateQueries({ queryKey: DASHBOARD_LIST_KEY });
  return {
    remove: useMutation({ mutationFn: (id: number) => deleteDashboard(id), onSuccess }),
    removeMany: useMutation({
      mutationFn: (ids: readonly number[]) => deleteDashboards(ids),
      onSuccess,
    }),
  };
}

/** Creating an empty dashboard, as "+ Dashboard" does; resolves with its id. */
export function useCreateEmptyDashboard() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => createDashboard({ dashboard_title: UNTITLED_DASHBOARD_TITLE }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: DASHBOARD_LIST_KEY }),
  });
}
