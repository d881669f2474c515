import type { Kysely } from 'kysely';
import type { MetadataSchema } from '../../db/index.js';
import { ensurePermissionPairs } from '../../security/roles/permission-store.js';
import { DATABASE_ACCESS_PERMISSION, databaseViewMenu } from './database-access.js';

type Db = Kysely<MetadataSchema>;

/**
 * The `database_access` permission of each database, kept in step with it: created with the
 * database, renamed with it, removed (with every grant of it) when it is deleted.
 */
export const databasePermissions = {
  async create(db: Db, name: string, id: number): Promise<void> {
    await ensurePermissionPairs(db, [
      { permission: DATABASE_ACCESS_PERMISSION, viewMenu: databaseViewMenu(name, id) },
    ]);
  },

  async rename(db: Db, oldName: string, newName: string, id: number): Promise<void> {
    const updated = await db
      .updateTable('ab_view_menu')
      .set({ name: databaseViewMenu(newName, id) })
      .where('name', '=', databaseViewMenu(oldName, id))
      .executeTakeFirst();
    if (updated.numUpdatedRows === 0n) await databasePermissions.create(db, newName, id);
  },

  async remove(db: Db, name: string, id: number): Promise<void> {
    const viewMenu = await db
      .selectFrom('ab_view_menu')
      .select('id')
      .where('name', '=', databaseViewMenu(name, id))
      .executeTakeFirst();
    if (!viewMenu) return;
    const pairs = db
      .selectFrom('ab_permission_view')
      .select('id')
      .where('view_menu_id', '=', viewMenu.id);
    await db
      .deleteFrom('ab_permission_view_role')
      .where('permission_view_id', 'in', pairs)
      .execute();
    await db.deleteFrom('ab_permission_view').where('view_menu_id', '=', viewMenu.id).execute();
    await db.deleteFrom('ab_view_menu').where('id', '=', viewMenu.id).execute();
  },
};
