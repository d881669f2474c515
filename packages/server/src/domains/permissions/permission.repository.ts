import type { Kysely } from 'kysely';
import { readBoolean, readCount, type MetadataSchema } from '../../db/index.js';
import { permissionKey } from '../../security/access/actor.js';

type Db = Kysely<MetadataSchema>;

/** A stored (permission, view menu) pair with its `ab_permission_view` id. */
export interface PermissionResourceRow {
  id: number;
  permission: string;
  viewMenu: string;
}

function pairs(db: Db) {
  return db
    .selectFrom('ab_permission_view as pv')
    .innerJoin('ab_permission as p', 'p.id', 'pv.permission_id')
    .innerJoin('ab_view_menu as v', 'v.id', 'pv.view_menu_id')
    .select(['pv.id as id', 'p.name as permission', 'v.name as viewMenu']);
}

/**
 * Reads of `ab_permission_view` and of who holds what, for the roles and users services.
 * Every function takes the query builder it runs on, so it can run inside a transaction.
 */
export const permissionRepository = {
  /** Every pair, by view menu then permission; or one page of them. */
  async listPairs(
    db: Db,
    page?: { page: number; pageSize: number },
  ): Promise<{ count: number; rows: PermissionResourceRow[] }> {
    const countRow = await db
      .selectFrom('ab_permission_view')
      .select((eb) => eb.fn.countAll().as('total'))
      .executeTakeFirst();
    let query = pairs(db).orderBy('v.name').orderBy('p.name').orderBy('pv.id');
    if (page) query = query.limit(page.pageSize).offset(page.page * page.pageSize);
    return { count: readCount(countRow?.total), rows: await query.execute() };
  },

  /** The pairs with these ids (unknown ids are left out). */
  async findPairs(db: Db, ids: readonly number[]): Promise<PermissionResourceRow[]> {
    if (ids.length === 0) return [];
    return pairs(db)
      .where('pv.id', 'in', [...new Set(ids)])
      .execute();
  },

  /** The pairs granted to a role, by view menu then permission. */
  async pairsOfRole(db: Db, roleId: number): Promise<PermissionResourceRow[]> {
    return pairs(db)
      .innerJoin('ab_permission_view_role as pvr', 'pvr.permission_view_id', 'pv.id')
      .where('pvr.role_id', '=', roleId)
      .orderBy('v.name')
      .orderBy('p.name')
      .execute();
  },

  /** The permission keys (`action|resource`) granted by any of the roles with these ids. */
  async keysOfRoles(db: Db, roleIds: readonly number[]): Promise<Set<string>> {
    if (roleIds.length === 0) return new Set();
    const rows = await pairs(db)
      .innerJoin('ab_permission_view_role as pvr', 'pvr.permission_view_id', 'pv.id')
      .where('pvr.role_id', 'in', [...new Set(roleIds)])
      .execute();
    return new Set(rows.map((row) => permissionKey(row.permission, row.viewMenu)));
  },

  /** The ids of the roles a user holds, if the user exists and is active; else undefined. */
  async activeUserRoleIds(db: Db, userId: number): Promise<number[] | undefined> {
    const user = await db
      .selectFrom('ab_user')
      .select('active')
      .where('id', '=', userId)
      .executeTakeFirst();
    if (!user || !readBoolean(user.active)) return undefined;
    const rows = await db
      .selectFrom('ab_user_role')
      .select('role_id')
      .where('user_id', '=', userId)
      .execute();
    return rows.map((row) => row.role_id);
  },
};
