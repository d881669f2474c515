import { hasPermission, type Actor } from '../../security/access/actor.js';
import { DATABASE_ACCESS_PERMISSION } from '../databases/database-access.js';
import type { DatasetVisibility } from './dataset.record.js';

/** The permission that grants one dataset, on its view menu `[db].[table](id:N)`. */
export const DATASOURCE_ACCESS_PERMISSION = 'datasource_access';
/** The permission that grants every dataset of a schema, on `[db].[schema]` or `[db].[catalog].[schema]`. */
export const SCHEMA_ACCESS_PERMISSION = 'schema_access';
/** The permission that grants every dataset of a catalog, on `[db].[catalog]`. */
export const CATALOG_ACCESS_PERMISSION = 'catalog_access';

/** Superset's `SqlaTable.perm`: the view menu of a dataset's `datasource_access`. */
export function datasetViewMenu(databaseName: string, tableName: string, id: number): string {
  return `[${databaseName}].[${tableName}](id:${id})`;
}

/** Superset's `schema_perm`; null for a dataset without a schema. */
export function schemaViewMenu(
  databaseName: string,
  catalog: string | null,
  schema: string | null,
): string | null {
  if (!schema) return null;
  return catalog ? `[${databaseName}].[${catalog}].[${schema}]` : `[${databaseName}].[${schema}]`;
}

/** Superset's `catalog_perm`; null for a dataset without a catalog. */
export function catalogViewMenu(databaseName: string, catalog: string | null): string | null {
  return catalog ? `[${databaseName}].[${catalog}]` : null;
}

const VIEW_MENU_ID = /\(id:(\d+)\)$/;

function viewMenusOf(actor: Actor, permission: string): string[] {
  const prefix = `${permission}|`;
  return [...actor.permissions]
    .filter((key) => key.startsWith(prefix))
    .map((key) => key.slice(prefix.length));
}

function idsIn(viewMenus: readonly string[]): number[] {
  return viewMenus.flatMap((name) => {
    const id = VIEW_MENU_ID.exec(name)?.[1];
    return id === undefined ? [] : [Number(id)];
  });
}

/**
 * Which datasets an actor may see and query (Superset's `can_access_datasource`): all of
 * them with `all_datasource_access` or `all_database_access`; otherwise those of a database
 * it holds `database_access` on, of a catalog or schema it holds `catalog_access` or
 * `schema_access` on, and those it holds `datasource_access` on. Database and dataset grants
 * are matched by the id in their view menu, so a rename never changes who sees what.
 */
export function datasetVisibilityOf(actor: Actor): DatasetVisibility {
  if (
    hasPermission(actor, 'all_datasource_access', 'all_datasource_access') ||
    hasPermission(actor, 'all_database_access', 'all_database_access')
  ) {
    return { kind: 'all' };
  }
  return {
    kind: 'some',
    databaseIds: idsIn(viewMenusOf(actor, DATABASE_ACCESS_PERMISSION)),
    datasetIds: idsIn(viewMenusOf(actor, DATASOURCE_ACCESS_PERMISSION)),
    schemaPerms: viewMenusOf(actor, SCHEMA_ACCESS_PERMISSION),
    catalogPerms: viewMenusOf(actor, CATALOG_ACCESS_PERMISSION),
  };
}

/** What an access decision reads of a dataset. */
export interface DatasetAccessFacts {
  id: number;
  database_id: number;
  schema_perm: string | null;
  catalog_perm: string | null;
}

/** Whether a visibility includes this dataset (the same rule the list query applies in SQL). */
export function isDatasetVisible(
  visibility: DatasetVisibility,
  dataset: DatasetAccessFacts,
): boolean {
  if (visibility.kind === 'all') return true;
  return (
    visibility.databaseIds.includes(dataset.database_id) ||
    visibility.datasetIds.includes(dataset.id) ||
    (dataset.schema_perm !== null && visibility.schemaPerms.includes(dataset.schema_perm)) ||
    (dataset.catalog_perm !== null && visibility.catalogPerms.includes(dataset.catalog_perm))
  );
}

/** Whether the actor may read this dataset's data. */
export function canAccessDataset(actor: Actor, dataset: DatasetAccessFacts): boolean {
  return isDatasetVisible(datasetVisibilityOf(actor), dataset);
}

/** Whether the actor may change a dataset: an admin, or one of its owners (Superset's raise_for_ownership). */
export function canChangeDataset(
  actor: Actor,
  ownerIds: readonly number[],
  adminRoleName: string,
): boolean {
  if (actor.kind !== 'user') return false;
  return actor.roles.includes(adminRoleName) || ownerIds.includes(actor.userId);
}
