import type { Expression, ExpressionBuilder, Kysely, SqlBool } from 'kysely';
import type { RelatedFieldQuery, RelatedFieldResponse } from '@superset-ts/shared';
import type { MetadataSchema } from '../../db/index.js';
import { pageRelatedRows } from '../users/related-page.js';
import { pageRelatedUsers } from '../users/related-users.js';
import { containsIgnoringCase, visibleQueries } from './query-filters.js';
import type { QueryVisibility } from './query.record.js';

type Db = Kysely<MetadataSchema>;

/** The queries the caller may see, narrowed by `matches` when the picker has filter text. */
function visibleMatching(
  eb: ExpressionBuilder<MetadataSchema, 'query'>,
  visibility: QueryVisibility,
  filter: string,
  matches: (text: string) => Expression<SqlBool>,
): Expression<SqlBool> {
  return eb.and([visibleQueries(eb, visibility), ...(filter ? [matches(filter)] : [])]);
}

/**
 * The choices of the query history's database and user filters (Superset's
 * `related/database` and `related/user`), drawn from the queries the caller may see: a user
 * without all_query_access is offered only themselves and the databases they ran queries on,
 * so no other user's name leaks through a picker.
 */
export function createQueryRelatedLookups(db: Db) {
  return {
    databases(
      query: RelatedFieldQuery,
      visibility: QueryVisibility,
    ): Promise<RelatedFieldResponse> {
      const matching = db
        .selectFrom('query')
        .innerJoin('dbs', 'dbs.id', 'query.database_id')
        .where((eb) =>
          visibleMatching(eb, visibility, query.filter, (text) =>
            containsIgnoringCase(eb.ref('dbs.database_name'), text),
          ),
        )
        .select(['dbs.id as value', 'dbs.database_name as text'])
        .distinct();
      return pageRelatedRows(
        db,
        matching,
        (choices) => choices.orderBy('text').orderBy('value'),
        query,
      ).then(({ count, rows }) => ({ count, result: rows }));
    },

    users(query: RelatedFieldQuery, visibility: QueryVisibility): Promise<RelatedFieldResponse> {
      const matching = db
        .selectFrom('query')
        .innerJoin('ab_user', 'ab_user.id', 'query.user_id')
        .where((eb) =>
          visibleMatching(eb, visibility, query.filter, (text) =>
            eb.or([
              containsIgnoringCase(eb.ref('ab_user.username'), text),
              containsIgnoringCase(eb.ref('ab_user.first_name'), text),
              containsIgnoringCase(eb.ref('ab_user.last_name'), text),
            ]),
          ),
        )
        .select([
          'ab_user.id as value',
          'ab_user.username as username',
          'ab_user.first_name as first_name',
          'ab_user.last_name as last_name',
        ])
        .distinct();
      return pageRelatedUsers(db, matching, query);
    },
  };
}

/** The related lookups of the query history, as routes receive them. */
export type QueryRelatedLookups = ReturnType<typeof createQueryRelatedLookups>;
