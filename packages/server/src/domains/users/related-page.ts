import type { Kysely, SelectQueryBuilder } from 'kysely';
import type { RelatedFieldQuery } from '@superset-ts/shared';
import { readCount, type MetadataSchema } from '../../db/index.js';

/** One page of a picker's choices and how many match in all. */
export interface RelatedRowsPage<Row> {
  readonly count: number;
  readonly rows: Row[];
}

/**
 * Pages the rows of a related picker (FAB's `related/<column>`): counts every row `matching`
 * selects (DISTINCT ones once) and reads the requested page in the order `ordered` gives.
 */
export async function pageRelatedRows<DB, TB extends keyof DB, Row>(
  db: Kysely<MetadataSchema>,
  matching: SelectQueryBuilder<DB, TB, Row>,
  ordered: (rows: SelectQueryBuilder<DB, TB, Row>) => SelectQueryBuilder<DB, TB, Row>,
  query: RelatedFieldQuery,
): Promise<RelatedRowsPage<Row>> {
  const [counted, rows] = await Promise.all([
    db
      .selectFrom(matching.as('related'))
      .select((eb) => eb.fn.countAll<string | number>().as('count'))
      .executeTakeFirst(),
    ordered(matching)
      .limit(query.page_size)
      .offset(query.page * query.page_size)
      .execute(),
  ]);
  return { count: readCount(counted?.count), rows };
}
