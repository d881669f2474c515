import type { MyRoles } from '@superset-ts/shared';
import type { UserRecord } from '../users/user.record.js';
import type { RoleGrantRow } from './me.repository.js';

/** The per-object permissions Superset lists apart, as `permissions`. */
const DATA_ACCESS_PERMISSIONS = ['datasource_access', 'database_access'] as const;

/**
 * The current user with their roles' permissions, shaped as Superset's
 * `bootstrap_user_data(user, include_perms=True)`: camelCase user fields, `roles` as role
 * name -> `[permission, view menu]` pairs, `permissions` as the data access view menus.
 */
export function presentMyRoles(user: UserRecord, grants: readonly RoleGrantRow[]): MyRoles {
  const roles: MyRoles['roles'] = {};
  const permissions: Record<string, Set<string>> = {};
  for (const grant of grants) {
    const pairs = (roles[grant.roleName] ??= []);
    if (grant.permission === null || grant.viewMenu === null) continue;
    pairs.push([grant.permission, grant.viewMenu]);
    if ((DATA_ACCESS_PERMISSIONS as readonly string[]).includes(grant.permission)) {
      (permissions[grant.permission] ??= new Set()).add(grant.viewMenu);
    }
  }
  return {
    username: user.username,
    firstName: user.first_name,
    lastName: user.last_name,
    userId: user.id,
    isActive: user.active,
    isAnonymous: false,
    email: user.email,
    createdOn: user.created_on?.toISOString() ?? null,
    loginCount: user.login_count,
    lastLogin: user.last_login?.toISOString() ?? null,
    roles,
    permissions: Object.fromEntries(
      Object.entries(permissions).map(([name, viewMenus]) => [name, [...viewMenus].sort()]),
    ),
  };
}
