import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { QueryListFilter } from '@superset-ts/shared';
import type { MetadataSchema } from '../../db/index.js';
import type { QueryVisibility } from './query.record.js';

type QueryScope = ExpressionBuilder<MetadataSchema, 'query'>;

function epochMsOf(value: number | string): number {
  return typeof value === 'number' ? value : new Date(value).getTime();
}

/** `like` with `!` as the escape character, the same on every backend, ignoring case. */
export function containsIgnoringCase(
  column: Expression<unknown>,
  text: string,
): Expression<SqlBool> {
  const escaped = text.replace(/[!%_]/g, (char) => `!${char}`).toLowerCase();
  return sql<SqlBool>`lower(${column}) like ${`%${escaped}%`} escape '!'`;
}

/** The rows a caller may see: every row with all_query_access, else only their own. */
export function visibleQueries(eb: QueryScope, visibility: QueryVisibility): Expression<SqlBool> {
  if (visibility.kind === 'all') return sql<SqlBool>`1 = 1`;
  if (visibility.userId === null) return sql<SqlBool>`1 = 0`;
  return eb('query.user_id', '=', visibility.userId);
}

/** One history filter as a condition on `query`. */
export function queryFilterCondition(eb: QueryScope, filter: QueryListFilter): Expression<SqlBool> {
  switch (filter.col) {
    case 'database':
    case 'database_id':
      return eb('query.database_id', '=', filter.value);
    case 'status':
      return eb('query.status', '=', filter.value);
    case 'user':
      return eb('query.user_id', '=', filter.value);
    case 'sql':
      return containsIgnoringCase(eb.ref('query.sql'), filter.value);
    case 'start_time':
      if (filter.opr === 'between') {
        return eb.and([
          eb('query.start_time', '>=', epochMsOf(filter.value[0])),
          eb('query.start_time', '<=', epochMsOf(filter.value[1])),
        ]);
      }
      return eb('query.start_time', filter.opr === 'gt' ? '>' : '<', epochMsOf(filter.value));
  }
}
