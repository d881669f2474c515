import type { Kysely } from 'kysely';
import { insertReturningId, type MetadataDialect, type MetadataSchema } from '../../db/index.js';
import { pairKey, type PermissionPair } from './permission-catalogue.js';

/** A (permission, view menu) pair as stored, with its `ab_permission_view` id. */
export interface StoredPermissionPair extends PermissionPair {
  id: number;
}

type Db = Kysely<MetadataSchema>;

/** Every stored pair, catalogue or not. */
export async function listPermissionPairs(db: Db): Promise<StoredPermissionPair[]> {
  return db
    .selectFrom('ab_permission_view as pv')
    .innerJoin('ab_permission as p', 'p.id', 'pv.permission_id')
    .innerJoin('ab_view_menu as v', 'v.id', 'pv.view_menu_id')
    .select(['pv.id as id', 'p.name as permission', 'v.name as viewMenu'])
    .orderBy('pv.id')
    .execute();
}

/** Inserts the names of `table` that are missing; returns name -> id for all of `names`. */
async function ensureNames(
  db: Db,
  table: 'ab_permission' | 'ab_view_menu',
  names: readonly string[],
): Promise<Map<string, number>> {
  const existing = await db.selectFrom(table).select(['id', 'name']).execute();
  const known = new Set(existing.map((row) => row.name));
  const missing = [...new Set(names)].filter((name) => !known.has(name));
  if (missing.length > 0) {
    await db
      .insertInto(table)
      .values(missing.map((name) => ({ name })))
      .execute();
  }
  const rows =
    missing.length > 0 ? await db.selectFrom(table).select(['id', 'name']).execute() : existing;
  return new Map(rows.map((row) => [row.name, row.id]));
}

/** Creates whichever of `pairs` (and their permissions and view menus) are missing; returns how many pairs. */
export async function ensurePermissionPairs(
  db: Db,
  pairs: readonly PermissionPair[],
): Promise<number> {
  const permissionIds = await ensureNames(
    db,
    'ab_permission',
    pairs.map((pair) => pair.permission),
  );
  const viewMenuIds = await ensureNames(
    db,
    'ab_view_menu',
    pairs.map((pair) => pair.viewMenu),
  );
  const stored = new Set((await listPermissionPairs(db)).map(pairKey));
  const missing = [...new Map(pairs.map((pair) => [pairKey(pair), pair])).values()].filter(
    (pair) => !stored.has(pairKey(pair)),
  );
  if (missing.length === 0) return 0;
  await db
    .insertInto('ab_permission_view')
    .values(
      missing.map((pair) => ({
        permission_id: idOf(permissionIds, pair.permission),
        view_menu_id: idOf(viewMenuIds, pair.viewMenu),
      })),
    )
    .execute();
  return missing.length;
}

function idOf(ids: ReadonlyMap<string, number>, name: string): number {
  const id = ids.get(name);
  if (id === undefined) throw new TypeError(`"${name}" was inserted but cannot be read back`);
  return id;
}

/** The role's id, creating the role when missing. */
export async function ensureRole(
  db: Db,
  dialect: MetadataDialect,
  name: string,
): Promise<{ id: number; isCreated: boolean }> {
  const existing = await findRoleId(db, name);
  if (existing !== undefined) return { id: existing, isCreated: false };
  const id = await insertReturningId(db.insertInto('ab_role').values({ name }), dialect);
  return { id, isCreated: true };
}

/** The id of the role named `name`, if any. */
export async function findRoleId(db: Db, name: string): Promise<number | undefined> {
  const row = await db
    .selectFrom('ab_role')
    .select('id')
    .where('name', '=', name)
    .executeTakeFirst();
  return row?.id;
}

/** The ids of the pairs granted to a role. */
export async function listRoleGrants(db: Db, roleId: number): Promise<Set<number>> {
  const rows = await db
    .selectFrom('ab_permission_view_role')
    .select('permission_view_id')
    .where('role_id', '=', roleId)
    .execute();
  return new Set(rows.map((row) => row.permission_view_id));
}

/** Makes the role's grants exactly `pairIds`; returns whether anything changed. */
export async function setRoleGrants(
  db: Db,
  roleId: number,
  pairIds: ReadonlySet<number>,
): Promise<boolean> {
  const current = await listRoleGrants(db, roleId);
  const toAdd = [...pairIds].filter((id) => !current.has(id));
  const toRemove = [...current].filter((id) => !pairIds.has(id));
  if (toAdd.length > 0) {
    await db
      .insertInto('ab_permission_view_role')
      .values(toAdd.map((id) => ({ permission_view_id: id, role_id: roleId })))
      .execute();
  }
  if (toRemove.length > 0) {
    await db
      .deleteFrom('ab_permission_view_role')
      .where('role_id', '=', roleId)
      .where('permission_view_id', 'in', toRemove)
      .execute();
  }
  return toAdd.length > 0 || toRemove.length > 0;
}
