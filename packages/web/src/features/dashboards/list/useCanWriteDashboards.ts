import { useQuery } from '@tanstack/react-query';
import { fetchMyRoles } from '../../../api/roles';

/**
 * Whether the logged-in user holds `can_write` on Dashboard through one of their roles, as
 * Superset's list decides to offer creating, editing and deleting dashboards. False until known.
 */
export function useCanWriteDashboards(): boolean {
  const profile = useQuery({ queryKey: ['me', 'roles'], queryFn: fetchMyRoles });
  const roles = profile.data?.roles ?? {};
  return Object.values(roles).some((pairs) =>
    pairs.some(([permission, viewMenu]) => permission === 'can_write' && viewMenu === 'Dashboard'),
  );
}
