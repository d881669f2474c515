import { useQuery } from '@tanstack/react-query';
import { fetchMyRoles } from '../../api/roles';

/** The SQL Lab actions the logged-in user's roles allow; false until known. */
export function useSqlLabPermissions(): { canExportCsv: boolean; canSaveQueries: boolean } {
  const profile = useQuery({ queryKey: ['me', 'roles'], queryFn: fetchMyRoles });
  const pairs = Object.values(profile.data?.roles ?? {}).flat();
  const has = (permission: string, viewMenu: string) =>
    pairs.some(([p, v]) => p === permission && v === viewMenu);
  return {
    canExportCsv: has('can_export_csv', 'SQLLab'),
    canSaveQueries: has('can_write', 'SavedQuery'),
  };
}
