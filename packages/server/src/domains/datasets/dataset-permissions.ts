import type { Kysely } from 'kysely';
import type { MetadataSchema } from '../../db/index.js';
import { ensurePermissionPairs } from '../../security/roles/permission-store.js';
import type { PermissionPair } from '../../security/roles/permission-catalogue.js';
import {
  CATALOG_ACCESS_PERMISSION,
  DATASOURCE_ACCESS_PERMISSION,
  SCHEMA_ACCESS_PERMISSION,
} from './dataset-access.js';
import { datasetPermsOf } from './dataset-perms.js';

type Db = Kysely<MetadataSchema>;

/** The permission view menus of one dataset (its `perm`, `schema_perm`, `catalog_perm`). */
export interface DatasetPerms {
  perm: string | null;
  schema_perm: string | null;
  catalog_perm: string | null;
}

function pairsOf(perms: DatasetPerms): PermissionPair[] {
  const pairs: PermissionPair[] = [];
  if (perms.perm) pairs.push({ permission: DATASOURCE_ACCESS_PERMISSION, viewMenu: perms.perm });
  if (perms.schema_perm) {
    pairs.push({ permission: SCHEMA_ACCESS_PERMISSION, viewMenu: perms.schema_perm });
  }
  if (perms.catalog_perm) {
    pairs.push({ permission: CATALOG_ACCESS_PERMISSION, viewMenu: perms.catalog_perm });
  }
  return pairs;
}

async function removeViewMenu(db: Db, name: string): Promise<void> {
  const viewMenu = await db
    .selectFrom('ab_view_menu')
    .select('id')
    .where('name', '=', name)
    .executeTakeFirst();
  if (!viewMenu) return;
  const pairs = db
    .selectFrom('ab_permission_view')
    .select('id')
    .where('view_menu_id', '=', viewMenu.id);
  await db.deleteFrom('ab_permission_view_role').where('permission_view_id', 'in', pairs).execute();
  await db.deleteFrom('ab_permission_view').where('view_menu_id', '=', viewMenu.id).execute();
  await db.deleteFrom('ab_view_menu').where('id', '=', viewMenu.id).execute();
}

/**
 * The access permissions of each dataset, kept in step with it (Superset's dataset
 * after-insert/update/delete hooks): `datasource_access` on its `perm` is created with it,
 * renamed with it (grants kept) and removed with it; `schema_access` and `catalog_access`
 * are created when first needed and kept, since other datasets may share them.
 */
export const datasetPermissions = {
  async create(db: Db, perms: DatasetPerms): Promise<void> {
    await ensurePermissionPairs(db, pairsOf(perms));
  },

  async change(db: Db, before: DatasetPerms, after: DatasetPerms): Promise<void> {
    if (before.perm && after.perm && before.perm !== after.perm) {
      const clash = await db
        .selectFrom('ab_view_menu')
        .select('id')
        .where('name', '=', after.perm)
        .executeTakeFirst();
      if (clash) await removeViewMenu(db, after.perm);
      await db
        .updateTable('ab_view_menu')
        .set({ name: after.perm })
        .where('name', '=', before.perm)
        .execute();
    }
    await ensurePermissionPairs(db, pairsOf(after));
  },

  async remove(db: Db, perms: DatasetPerms): Promise<void> {
    if (perms.perm) await removeViewMenu(db, perms.perm);
  },
};

async function renameViewMenu(db: Db, from: string, to: string): Promise<void> {
  if (from === to) return;
  const target = await db
    .selectFrom('ab_view_menu')
    .select('id')
    .where('name', '=', to)
    .executeTakeFirst();
  if (target) return;
  await db.updateTable('ab_view_menu').set({ name: to }).where('name', '=', from).execute();
}

/**
 * After a database is renamed (Superset's database after-update hook): every dataset of it
 * gets its `perm`, `schema_perm` and `catalog_perm` recomputed, and the view menus of those
 * permissions are renamed, so grants on them stay in force. Call it in the rename's
 * transaction, then clear the role permission cache.
 */
export async function renameDatabaseInDatasetPerms(
  db: Db,
  databaseId: number,
  newName: string,
): Promise<void> {
  const rows = await db
    .selectFrom('tables')
    .select(['id', 'table_name', 'catalog', 'schema', 'perm', 'schema_perm', 'catalog_perm'])
    .where('database_id', '=', databaseId)
    .execute();
  for (const row of rows) {
    const after = datasetPermsOf(newName, row);
    if (row.perm && after.perm) await renameViewMenu(db, row.perm, after.perm);
    if (row.schema_perm && after.schema_perm) {
      await renameViewMenu(db, row.schema_perm, after.schema_perm);
    }
    if (row.catalog_perm && after.catalog_perm) {
      await renameViewMenu(db, row.catalog_perm, after.catalog_perm);
    }
    await ensurePermissionPairs(db, pairsOf(after));
    await db.updateTable('tables').set(after).where('id', '=', row.id).execute();
  }
}
