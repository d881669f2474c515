import { useQuery } from '@tanstack/react-query';
import { fetchMyRoles } from '../../api/roles';

/**
 * Whether the logged-in user holds `can_write` on Dataset through one of their roles, as
 * Superset's list decides to offer adding, editing, duplicating and deleting. False until known.
 */
export function useCanWriteDatasets(): boolean {
  const profile = useQuery({ queryKey: ['me', 'roles'], queryFn: fetchMyRoles });
  const roles = profile.data?.roles ?? {};
  return Object.values(roles).some((pairs) =>
    pairs.some(([permission, viewMenu]) => permission === 'can_write' && viewMenu === 'Dataset'),
  );
}
