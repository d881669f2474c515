import type { Role, RolePermission } from '@superset-ts/shared';
import type { PermissionResourceRow } from '../permissions/permission.repository.js';
import type { RoleRow } from './role.repository.js';

/** A role as the roles API shows it. */
export function presentRole(role: RoleRow, isBuiltin: boolean): Role {
  return {
    id: role.id,
    name: role.name,
    user_count: role.user_count,
    permission_count: role.permission_count,
    is_builtin: isBuiltin,
  };
}

/** One of a role's permissions, as FAB's role permissions list shows it. */
export function presentRolePermission(pair: PermissionResourceRow): RolePermission {
  return { id: pair.id, permission_name: pair.permission, view_menu_name: pair.viewMenu };
}
