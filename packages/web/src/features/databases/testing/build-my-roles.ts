import type { MyRoles } from '@superset-ts/shared';

/** `GET /api/v1/me/roles/` for a user whose one role may or may not write databases. */
export function buildMyRoles(canWriteDatabases: boolean): MyRoles {
  const pairs: [string, string][] = [
    ['can_read', 'Database'],
    ['menu_access', 'Databases'],
  ];
  if (canWriteDatabases) pairs.push(['can_write', 'Database']);
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
    roles: { [canWriteDatabases ? 'Admin' : 'Gamma']: pairs },
    permissions: {},
  };
}
