import { sql, type Kysely } from 'kysely';
import type { DatasetRelatedQuery, RelatedChoice } from '@superset-ts/shared';
import { readBoolean, readCount, type MetadataSchema } from '../../db/index.js';
import type { Actor } from '../../security/access/actor.js';
import { databaseVisibilityOf } from '../databases/database-access.js';
import { textFilter } from '../users/text-filter.js';
import { datasetVisibilityOf } from './dataset-access.js';
import { visibilityCondition } from './dataset-list-filters.js';

type Db = Kysely<MetadataSchema>;

/** A page of choices and how many match. */
export interface RelatedPage {
  count: number;
  result: RelatedChoice[];
}

/**
 * The pickers of the dataset list and editor (FAB's `related/<col>` and `distinct/<col>`):
 * users who may own a dataset, databases the actor may use, schemas of datasets the actor
 * may see. Each matches `filter` ignoring case.
 */
export function createDatasetRelated(db: Db) {
  return {
    async owners(query: DatasetRelatedQuery): Promise<RelatedPage> {
      const base = db
        .selectFrom('ab_user as u')
        .where((eb) =>
          query.filter === ''
            ? sql<boolean>`1 = 1`
            : eb.or([
                textFilter(eb.ref('u.first_name'), 'ct', query.filter),
                textFilter(eb.ref('u.last_name'), 'ct', query.filter),
                textFilter(eb.ref('u.username'), 'ct', query.filter),
                textFilter(eb.ref('u.email'), 'ct', query.filter),
              ]),
        );
      const count = await base.select((eb) => eb.fn.countAll().as('total')).executeTakeFirst();
      const rows = await base
        .select(['u.id', 'u.first_name', 'u.last_name', 'u.email', 'u.active'])
        .orderBy('u.first_name')
        .orderBy('u.last_name')
        .orderBy('u.id')
        .limit(query.page_size)
        .offset(query.page * query.page_size)
        .execute();
      return {
        count: readCount(count?.total),
        result: rows.map((row) => ({
          value: row.id,
          text: `${row.first_name} ${row.last_name}`.trim(),
          extra: { active: readBoolean(row.active), email: row.email },
        })),
      };
    },

    async databases(actor: Actor, query: DatasetRelatedQuery): Promise<RelatedPage> {
      const visibility = databaseVisibilityOf(actor);
      let base = db.selectFrom('dbs as d');
      if (visibility.kind === 'ids') {
        base =
          visibility.ids.length === 0
            ? base.where(sql<boolean>`1 = 0`)
            : base.where('d.id', 'in', [...visibility.ids]);
      }
      if (query.filter !== '') {
        base = base.where((eb) => textFilter(eb.ref('d.database_name'), 'ct', query.filter));
      }
      const count = await base.select((eb) => eb.fn.countAll().as('total')).executeTakeFirst();
      const rows = await base
        .select(['d.id', 'd.database_name'])
        .orderBy('d.database_name')
        .limit(query.page_size)
        .offset(query.page * query.page_size)
        .execute();
      return {
        count: readCount(count?.total),
        result: rows.map((row) => ({ value: row.id, text: row.database_name })),
      };
    },

    async schemas(actor: Actor, query: DatasetRelatedQuery): Promise<RelatedPage> {
      const visibility = datasetVisibilityOf(actor);
      let base = db
        .selectFrom('tables as t')
        .where((eb) => visibilityCondition(eb, visibility))
        .where('t.schema', 'is not', null)
        .where('t.schema', '<>', '');
      if (query.filter !== '') {
        base = base.where((eb) => textFilter(eb.ref('t.schema') as never, 'ct', query.filter));
      }
      const rows = await base.select('t.schema').distinct().orderBy('t.schema').execute();
      const schemas = rows.flatMap((row) => (row.schema ? [row.schema] : []));
      const page = schemas.slice(query.page * query.page_size, (query.page + 1) * query.page_size);
      return {
        count: schemas.length,
        result: page.map((schema) => ({ value: schema, text: schema })),
      };
    },
  };
}

/** The dataset pickers, as routes receive them. */
export type DatasetRelated = ReturnType<typeof createDatasetRelated>;
