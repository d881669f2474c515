import { sql, type Kysely } from 'kysely';
import type { RelatedFieldQuery, RelatedFieldResponse } from '@superset-ts/shared';
import { readCount, type MetadataSchema } from '../../db/index.js';
import { textFilter } from '../users/text-filter.js';

type Db = Kysely<MetadataSchema>;

function missingOf(wanted: readonly number[], found: readonly { id: number }[]): number[] {
  const present = new Set(found.map((row) => row.id));
  return [...new Set(wanted)].filter((id) => !present.has(id));
}

/**
 * The roles and datasets a rule can name: the pickers of the rule form (Superset's
 * `related/roles` and `related/tables`) and the check that submitted ids exist.
 */
export const rlsRelatedRepository = {
  /** Roles whose name contains the filter text, by name. */
  async roles(db: Db, query: RelatedFieldQuery): Promise<RelatedFieldResponse> {
    const matching = db
      .selectFrom('ab_role')
      .where((eb) => (query.filter ? textFilter(eb.ref('name'), 'ct', query.filter) : eb.and([])));
    const [counted, rows] = await Promise.all([
      matching.select((eb) => eb.fn.countAll().as('total')).executeTakeFirst(),
      matching
        .select(['id', 'name'])
        .orderBy('name')
        .limit(query.page_size)
        .offset(query.page * query.page_size)
        .execute(),
    ]);
    return {
      count: readCount(counted?.total),
      result: rows.map((row) => ({ value: row.id, text: row.name })),
    };
  },

  /** Datasets whose table name contains the filter text, shown as `schema.table`. */
  async tables(db: Db, query: RelatedFieldQuery): Promise<RelatedFieldResponse> {
    const matching = db
      .selectFrom('tables')
      .where((eb) =>
        query.filter ? textFilter(eb.ref('table_name'), 'ct', query.filter) : eb.and([]),
      );
    const [counted, rows] = await Promise.all([
      matching.select((eb) => eb.fn.countAll().as('total')).executeTakeFirst(),
      matching
        .select(['id', 'schema', 'table_name'])
        .orderBy(sql`coalesce(schema, '')`)
        .orderBy('table_name')
        .orderBy('id')
        .limit(query.page_size)
        .offset(query.page * query.page_size)
        .execute(),
    ]);
    return {
      count: readCount(counted?.total),
      result: rows.map((row) => ({
        value: row.id,
        text: row.schema ? `${row.schema}.${row.table_name}` : row.table_name,
      })),
    };
  },

  /** The ids among `ids` that name no role. */
  async missingRoles(db: Db, ids: readonly number[]): Promise<number[]> {
    if (ids.length === 0) return [];
    const found = await db
      .selectFrom('ab_role')
      .select('id')
      .where('id', 'in', [...ids])
      .execute();
    return missingOf(ids, found);
  },

  /** The ids among `ids` that name no dataset. */
  async missingTables(db: Db, ids: readonly number[]): Promise<number[]> {
    if (ids.length === 0) return [];
    const found = await db
      .selectFrom('tables')
      .select('id')
      .where('id', 'in', [...ids])
      .execute();
    return missingOf(ids, found);
  },
};
