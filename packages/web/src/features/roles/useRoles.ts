import type { RoleCreate, RoleUpdate } from '@superset-ts/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  createRole,
  deleteRole,
  fetchPermissionResources,
  fetchRolePermissions,
  fetchRoles,
  updateRole,
  type RoleListRequest,
} from '../../api/roles';

/** One page of roles with their user and permission counts. */
export function useRoleList(request: RoleListRequest) {
  return useQuery({
    queryKey: ['security', 'roles', 'list', request],
    queryFn: () => fetchRoles(request),
    placeholderData: keepPreviousData,
  });
}

/** Every (permission, view menu) pair, for the picker; they change only with `superset init`. */
export function usePermissionResources(isEnabled: boolean) {
  return useQuery({
    queryKey: ['security', 'permissions-resources'],
    queryFn: fetchPermissionResources,
    enabled: isEnabled,
    staleTime: 5 * 60_000,
  });
}

/** The permission ids a role holds (null: no role, nothing to load). */
export function useRolePermissionIds(roleId: number | null) {
  return useQuery({
    queryKey: ['security', 'roles', roleId, 'permissions'],
    queryFn: async () => (await fetchRolePermissions(roleId ?? -1)).map((pair) => pair.id),
    enabled: roleId !== null,
  });
}

/** Creating, changing and deleting roles; each refreshes what shows roles when it succeeds. */
export function useRoleMutations() {
  const queryClient = useQueryClient();
  const onSuccess = () => queryClient.invalidateQueries({ queryKey: ['security'] });
  return {
    create: useMutation({ mutationFn: (body: RoleCreate) => createRole(body), onSuccess }),
    update: useMutation({
      mutationFn: ({ id, body }: { id: number; body: RoleUpdate }) => updateRole(id, body),
      onSuccess,
    }),
    remove: useMutation({ mutationFn: (id: number) => deleteRole(id), onSuccess }),
  };
}
