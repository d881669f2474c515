import type { Kysely } from 'kysely';
import type { SqlLabQuery } from '@superset-ts/shared';
import type { MetadataSchema } from '../../db/index.js';
import { presentSqlLabQuery } from '../queries/query.presenter.js';
import { readQueryRow } from '../queries/query-row.js';
import type { TabQueries } from './tab-queries.js';

/** Runs shown per tab: the most recent this many. */
const TAB_QUERY_LIMIT = 100;

function selectRuns(db: Kysely<MetadataSchema>, userId: number) {
  return db
    .selectFrom('query')
    .leftJoin('dbs', 'dbs.id', 'query.database_id')
    .leftJoin('ab_user', 'ab_user.id', 'query.user_id')
    .selectAll('query')
    .select([
      'dbs.database_name as database_name',
      'ab_user.username as username',
      'ab_user.first_name as first_name',
      'ab_user.last_name as last_name',
    ])
    .where('query.user_id', '=', userId);
}

/** The tab's runs, read from the `query` table of the query history (a user's own runs only). */
export function createTabQueriesFromHistory(db: Kysely<MetadataSchema>): TabQueries {
  return {
    async findByClientId(userId, clientId) {
      const row = await selectRuns(db, userId)
        .where('query.client_id', '=', clientId)
        .executeTakeFirst();
      return row ? presentSqlLabQuery(readQueryRow(row)) : null;
    },
    async listForTab(userId, tabId) {
      const rows = await selectRuns(db, userId)
        .where('query.sql_editor_id', '=', String(tabId))
        .orderBy('query.id', 'desc')
        .limit(TAB_QUERY_LIMIT)
        .execute();
      const byClientId: Record<string, SqlLabQuery> = {};
      for (const row of rows.reverse()) {
        byClientId[row.client_id] = presentSqlLabQuery(readQueryRow(row));
      }
      return byClientId;
    },
  };
}
