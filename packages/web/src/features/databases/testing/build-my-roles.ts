import type { MyRoles } from '@superset-ts/shared';
import { buildMyRolesFor } from '../../../testing/build-my-roles';

/** `GET /api/v1/me/roles/` for a user whose one role may or may not write databases. */
export function buildMyRoles(canWriteDatabases: boolean): MyRoles {
  const pairs: [string, string][] = [
    ['can_read', 'Database'],
    ['menu_access', 'Databases'],
  ];
  if (canWriteDatabases) pairs.push(['can_write', 'Database']);
  return buildMyRolesFor({ [canWriteDatabases ? 'Admin' : 'Gamma']: pairs });
}
