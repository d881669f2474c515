import type { Kysely } from 'kysely';
import type { MetadataDb, MetadataSchema } from '../../db/index.js';
import {
  BUILTIN_ROLE_NAMES,
  MINIMAL_PUBLIC_ROLE_LIKE,
  isInBuiltinRole,
  isMinimalPublicPermission,
} from './builtin-roles.js';
import { PERMISSION_CATALOGUE } from './permission-catalogue.js';
import {
  ensurePermissionPairs,
  ensureRole,
  findRoleId,
  listPermissionPairs,
  listRoleGrants,
  setRoleGrants,
  type StoredPermissionPair,
} from './permission-store.js';
import { RoleNotFoundError } from './role.errors.js';

/** Options of `syncRoleDefinitions`. */
export interface RoleSyncOptions {
  /**
   * PUBLIC_ROLE_LIKE: null leaves Public empty, "Public" gives it the minimal public
   * permissions, any other role name copies that role's permissions.
   */
  publicRoleLike: string | null;
}

/** What `syncRoleDefinitions` changed; all empty when the roles were already in sync. */
export interface RoleSyncResult {
  permissionsCreated: number;
  rolesCreated: string[];
  rolesUpdated: string[];
}

/**
 * `superset init`: creates the missing permissions and sets each builtin role's permissions
 * to exactly its definition, in one transaction. Custom roles are not touched; running it
 * again changes nothing.
 */
export async function syncRoleDefinitions(
  db: MetadataDb,
  options: RoleSyncOptions,
): Promise<RoleSyncResult> {
  return db.kysely.transaction().execute(async (trx) => {
    const permissionsCreated = await ensurePermissionPairs(trx, PERMISSION_CATALOGUE);
    const pairs = await listPermissionPairs(trx);
    const result: RoleSyncResult = { permissionsCreated, rolesCreated: [], rolesUpdated: [] };
    const grantsByRole = new Map<string, Set<number>>();

    for (const roleName of BUILTIN_ROLE_NAMES) {
      const grants =
        roleName === 'Public'
          ? await publicGrants(trx, pairs, options.publicRoleLike, grantsByRole)
          : idsWhere(pairs, (pair) => isInBuiltinRole(roleName, pair));
      grantsByRole.set(roleName, grants);
      const role = await ensureRole(trx, db.dialect, roleName);
      const isChanged = await setRoleGrants(trx, role.id, grants);
      if (role.isCreated) result.rolesCreated.push(roleName);
      else if (isChanged) result.rolesUpdated.push(roleName);
    }
    return result;
  });
}

function idsWhere(
  pairs: readonly StoredPermissionPair[],
  isIncluded: (pair: StoredPermissionPair) => boolean,
): Set<number> {
  return new Set(pairs.filter(isIncluded).map((pair) => pair.id));
}

async function publicGrants(
  db: Kysely<MetadataSchema>,
  pairs: readonly StoredPermissionPair[],
  publicRoleLike: string | null,
  grantsByRole: ReadonlyMap<string, Set<number>>,
): Promise<Set<number>> {
  if (publicRoleLike === null || publicRoleLike === '') return new Set();
  if (publicRoleLike === MINIMAL_PUBLIC_ROLE_LIKE)
    return idsWhere(pairs, isMinimalPublicPermission);
  const builtin = grantsByRole.get(publicRoleLike);
  if (builtin) return new Set(builtin);
  const roleId = await findRoleId(db, publicRoleLike);
  if (roleId === undefined) throw new RoleNotFoundError([publicRoleLike], 'PUBLIC_ROLE_LIKE');
  return listRoleGrants(db, roleId);
}
