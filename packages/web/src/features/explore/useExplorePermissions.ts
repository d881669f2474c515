import { useQuery } from '@tanstack/react-query';
import { fetchMyRoles } from '../../api/roles';
import { dashboardSaveRights, type DashboardSaveRights } from './header/dashboard-choices';

/** What the user may do in Explore besides looking. */
export interface ExplorePermissions {
  /** `can_write` on Chart: save and change charts. */
  canWriteCharts: boolean;
  /** `can_csv` (or `can_export_data`) on Superset: download the chart's data. */
  canDownloadData: boolean;
  /** Which dashboards a save may add the chart to, and whether it may create one. */
  dashboardRights: DashboardSaveRights;
}

/** The user's Explore permissions from their roles; all false until the roles are known. */
export function useExplorePermissions(): ExplorePermissions {
  const profile = useQuery({ queryKey: ['me', 'roles'], queryFn: fetchMyRoles });
  const pairs = Object.values(profile.data?.roles ?? {}).flat();
  const has = (permission: string, viewMenu: string) =>
    pairs.some(([p, v]) => p === permission && v === viewMenu);
  return {
    canWriteCharts: has('can_write', 'Chart'),
    canDownloadData: has('can_csv', 'Superset') || has('can_export_data', 'Superset'),
    dashboardRights: dashboardSaveRights(profile.data?.roles),
  };
}
