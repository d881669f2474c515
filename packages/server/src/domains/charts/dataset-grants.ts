import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { MetadataSchema, TablesTable } from '../../db/index.js';
import { hasPermission, type Actor } from '../../security/access/actor.js';
import { databaseVisibilityOf } from '../databases/database-access.js';

/**
 * Which datasets an actor's data grants cover (Superset's `get_dataset_access_filters`):
 * every one with `all_datasource_access` (or `all_database_access`), otherwise those of a
 * database it holds `database_access` on, those it holds `datasource_access` on, and those in
 * a catalog or schema it holds `catalog_access` / `schema_access` on.
 */
export type DatasetGrants =
  | { kind: 'all' }
  | {
      kind: 'some';
      databaseIds: readonly number[];
      datasetIds: readonly number[];
      datasourcePerms: readonly string[];
      schemaPerms: readonly string[];
      catalogPerms: readonly string[];
    };

const VIEW_MENU_ID = /\(id:(\d+)\)$/;

function viewMenusOf(actor: Actor, permission: string): string[] {
  const prefix = `${permission}|`;
  return [...actor.permissions]
    .filter((key) => key.startsWith(prefix))
    .map((key) => key.slice(prefix.length));
}

/** The actor's data grants, read from its permission set. */
export function datasetGrantsOf(actor: Actor): DatasetGrants {
  const databases = databaseVisibilityOf(actor);
  if (
    databases.kind === 'all' ||
    hasPermission(actor, 'all_datasource_access', 'all_datasource_access')
  ) {
    return { kind: 'all' };
  }
  const datasourcePerms = viewMenusOf(actor, 'datasource_access');
  return {
    kind: 'some',
    databaseIds: databases.ids,
    // The id closes the view menu, so a renamed dataset keeps its grant.
    datasetIds: datasourcePerms.flatMap((menu) => {
      const id = VIEW_MENU_ID.exec(menu)?.[1];
      return id === undefined ? [] : [Number(id)];
    }),
    datasourcePerms,
    schemaPerms: viewMenusOf(actor, 'schema_access'),
    catalogPerms: viewMenusOf(actor, 'catalog_access'),
  };
}

type DatasetScope = ExpressionBuilder<MetadataSchema & { t: TablesTable }, 't'>;

/** The condition on a dataset row aliased `t` that the grants cover. */
export function datasetGrantCondition(
  eb: DatasetScope,
  grants: DatasetGrants,
): Expression<SqlBool> {
  if (grants.kind === 'all') return sql<SqlBool>`1 = 1`;
  const clauses: Expression<SqlBool>[] = [];
  if (grants.databaseIds.length > 0) clauses.push(eb('t.database_id', 'in', grants.databaseIds));
  if (grants.datasetIds.length > 0) clauses.push(eb('t.id', 'in', grants.datasetIds));
  if (grants.datasourcePerms.length > 0) clauses.push(eb('t.perm', 'in', grants.datasourcePerms));
  if (grants.schemaPerms.length > 0) clauses.push(eb('t.schema_perm', 'in', grants.schemaPerms));
  if (grants.catalogPerms.length > 0) {
    clauses.push(eb('t.catalog_perm', 'in', grants.catalogPerms));
  }
  return clauses.length > 0 ? eb.or(clauses) : sql<SqlBool>`1 = 0`;
}
