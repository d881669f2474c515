import { useQuery } from '@tanstack/react-query';
import { fetchDashboardDatasets } from '../../../../api/dashboards';

/** The datasets of a dashboard's charts, with their columns (the filter editor's choices). */
export function useDashboardDatasets(dashboardId: number) {
  return useQuery({
    queryKey: ['dashboard-filters', 'dashboard-datasets', dashboardId],
    queryFn: () => fetchDashboardDatasets(dashboardId),
    staleTime: 60_000,
  });
}
