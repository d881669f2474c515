import type { MyRoles } from '@superset-ts/shared';

/**
 * `GET /api/v1/me/roles/` for the test admin, Ada Admin (user 1), holding `roles`: each role's
 * name and its `[permission, view]` pairs.
 */
export function buildMyRolesFor(roles: MyRoles['roles']): MyRoles {
  return {
    username: 'admin',
    firstName: 'Ada',
    lastName: 'Admin',
    userId: 1,
    isActive: true,
    isAnonymous: false,
    email: 'admin@example.com',
    createdOn: null,
    loginCount: 1,
    lastLogin: null,
    roles,
    permissions: {},
  };
}
