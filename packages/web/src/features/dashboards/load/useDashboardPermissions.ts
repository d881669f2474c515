import { useQuery } from '@tanstack/react-query';
import { fetchMyRoles } from '../../../api/roles';
import { useBootstrap } from '../../../bootstrap/BootstrapContext';
import type { LoadedDashboard } from '../dashboard-contracts';

/** What the user may do on a dashboard besides looking at it. */
export interface DashboardPermissions {
  /** `can_write` on Dashboard, and an owner of this one or an Admin (Superset's rule). */
  canEdit: boolean;
  /** `can_csv` (or `can_export_data`) on Superset: download a chart's data. */
  canDownloadData: boolean;
  /** `can_read` on Explore: open a chart in Explore. */
  canExplore: boolean;
}

/** The user's rights on `loaded`, from their roles; all false until the roles are known. */
export function useDashboardPermissions(loaded: LoadedDashboard | undefined): DashboardPermissions {
  const { user } = useBootstrap();
  const profile = useQuery({ queryKey: ['me', 'roles'], queryFn: fetchMyRoles });
  const pairs = Object.values(profile.data?.roles ?? {}).flat();
  const has = (permission: string, viewMenu: string) =>
    pairs.some(([p, v]) => p === permission && v === viewMenu);
  const isAdmin = user?.roles.includes('Admin') ?? false;
  const isOwner = loaded?.dashboard.owners.some((owner) => owner.id === user?.id) ?? false;
  return {
    canEdit: has('can_write', 'Dashboard') && (isOwner || isAdmin),
    canDownloadData: has('can_csv', 'Superset') || has('can_export_data', 'Superset'),
    canExplore: has('can_read', 'Explore'),
  };
}
