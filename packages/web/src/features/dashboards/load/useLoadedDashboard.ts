import { useQuery } from '@tanstack/react-query';
import {
  fetchDashboard,
  fetchDashboardCharts,
  fetchDashboardPermalink,
} from '../../../api/dashboards';
import { toLoadedDashboard } from './to-loaded-dashboard';

/** The react-query key of everything dashboard. */
export const DASHBOARDS_KEY = ['dashboards'] as const;

/** The react-query key of one loaded dashboard (its row and charts). */
export const loadedDashboardKey = (idOrSlug: string) =>
  [...DASHBOARDS_KEY, 'loaded', idOrSlug] as const;

/**
 * A dashboard with its charts, layout and metadata parsed (both requests in parallel).
 * Idle while `idOrSlug` is unknown (a permalink not read yet).
 */
export function useLoadedDashboard(idOrSlug: string | undefined) {
  return useQuery({
    queryKey: loadedDashboardKey(idOrSlug ?? ''),
    queryFn: async () => {
      const key = idOrSlug ?? '';
      const [dashboard, charts] = await Promise.all([
        fetchDashboard(key),
        fetchDashboardCharts(key),
      ]);
      return toLoadedDashboard(dashboard, charts);
    },
    enabled: idOrSlug !== undefined && idOrSlug !== '',
    staleTime: Infinity,
  });
}

/** The state a permalink stored (idle without a key). */
export function useDashboardPermalink(key: string | undefined) {
  return useQuery({
    queryKey: [...DASHBOARDS_KEY, 'permalink', key ?? ''],
    queryFn: () => fetchDashboardPermalink(key ?? ''),
    enabled: key !== undefined && key !== '',
    staleTime: Infinity,
  });
}
