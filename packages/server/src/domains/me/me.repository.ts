import type { Kysely } from 'kysely';
import type { MetadataSchema } from '../../db/index.js';

type Db = Kysely<MetadataSchema>;

/** One grant of one of the user's roles; `permission`/`viewMenu` are null for a role with none. */
export interface RoleGrantRow {
  roleName: string;
  permission: string | null;
  viewMenu: string | null;
}

/** The current user's own rows: their roles' grants, their name, their password. */
export const meRepository = {
  /** Every (role, permission, view menu) the user holds, roles without grants included. */
  async roleGrantsOf(db: Db, userId: number): Promise<RoleGrantRow[]> {
    return db
      .selectFrom('ab_user_role as ur')
      .innerJoin('ab_role as r', 'r.id', 'ur.role_id')
      .leftJoin('ab_permission_view_role as pvr', 'pvr.role_id', 'r.id')
      .leftJoin('ab_permission_view as pv', 'pv.id', 'pvr.permission_view_id')
      .leftJoin('ab_permission as p', 'p.id', 'pv.permission_id')
      .leftJoin('ab_view_menu as v', 'v.id', 'pv.view_menu_id')
      .select(['r.name as roleName', 'p.name as permission', 'v.name as viewMenu'])
      .where('ur.user_id', '=', userId)
      .orderBy('r.name')
      .orderBy('v.name')
      .orderBy('p.name')
      .execute();
  },

  /** Changes the user's first and/or last name. */
  async updateName(
    db: Db,
    userId: number,
    fields: { first_name?: string | undefined; last_name?: string | undefined },
  ): Promise<void> {
    await db
      .updateTable('ab_user')
      .set({ ...fields, changed_on: new Date(), changed_by_fk: userId })
      .where('id', '=', userId)
      .execute();
  },

  /**
   * Replaces the password hash only if it is still `expectedHash`, so two concurrent changes
   * cannot both succeed; returns whether it was replaced. Sessions and tokens issued before
   * `now` stop counting (`sessions_valid_after`).
   */
  async replacePassword(
    db: Db,
    userId: number,
    expectedHash: string,
    newHash: string,
    now: Date,
  ): Promise<boolean> {
    const result = await db
      .updateTable('ab_user')
      .set({ password: newHash, changed_on: now, changed_by_fk: userId, sessions_valid_after: now })
      .where('id', '=', userId)
      .where('password', '=', expectedHash)
      .executeTakeFirst();
    return result.numUpdatedRows === 1n;
  },
};
