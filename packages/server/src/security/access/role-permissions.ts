import type { MetadataDb } from '../../db/index.js';
import { permissionKey } from './actor.js';

/**
 * The permission keys granted to any of `roleNames`, read in one query. Unknown role names
 * grant nothing.
 */
export async function loadRolePermissions(
  db: MetadataDb,
  roleNames: readonly string[],
): Promise<Set<string>> {
  if (roleNames.length === 0) return new Set();
  const rows = await db.kysely
    .selectFrom('ab_role as r')
    .innerJoin('ab_permission_view_role as pvr', 'pvr.role_id', 'r.id')
    .innerJoin('ab_permission_view as pv', 'pv.id', 'pvr.permission_view_id')
    .innerJoin('ab_permission as p', 'p.id', 'pv.permission_id')
    .innerJoin('ab_view_menu as v', 'v.id', 'pv.view_menu_id')
    .select(['p.name as action', 'v.name as resource'])
    .where('r.name', 'in', [...roleNames])
    .execute();
  return new Set(rows.map((row) => permissionKey(row.action, row.resource)));
}
