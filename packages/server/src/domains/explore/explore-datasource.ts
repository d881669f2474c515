import type { Kysely } from 'kysely';
import type { MetadataSchema } from '../../db/index.js';
import type { Actor } from '../../security/access/actor.js';

/** Builds Explore's `dataset` payload of an accessible dataset (the datasets capability does). */
export type ExploreDatasourceSource = (
  actor: Actor,
  datasetId: number,
) => Promise<Record<string, unknown>>;

/** What Explore shows when the dataset is gone (Superset's "[Missing Dataset]"). */
export function missingExploreDatasource(): Record<string, unknown> {
  return {
    type: 'table',
    name: '[Missing Dataset]',
    columns: [],
    metrics: [],
    database: { id: 0, backend: '' },
  };
}

/**
 * A bare `dataset` payload from the `tables` row, for when the datasets capability is not
 * wired: its name and ids, with no columns or metrics.
 */
export function basicExploreDatasource(db: Kysely<MetadataSchema>): ExploreDatasourceSource {
  return async (_actor, datasetId) => {
    const row = await db
      .selectFrom('tables')
      .select(['id', 'table_name', 'schema', 'database_id', 'default_endpoint'])
      .where('id', '=', datasetId)
      .executeTakeFirst();
    if (!row) return missingExploreDatasource();
    return {
      id: row.id,
      uid: `${row.id}__table`,
      type: 'table',
      name: row.schema ? `${row.schema}.${row.table_name}` : row.table_name,
      datasource_name: row.table_name,
      table_name: row.table_name,
      schema: row.schema,
      default_endpoint: row.default_endpoint,
      columns: [],
      metrics: [],
      database: { id: row.database_id },
    };
  };
}
