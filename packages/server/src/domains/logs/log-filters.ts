import type { ExpressionBuilder, Expression, SqlBool } from 'kysely';
import { sql } from 'kysely';
import type { LogFilter } from '@superset-ts/shared';
import { toDbTimestamp, type MetadataSchema } from '../../db/index.js';

type LogsScope = ExpressionBuilder<MetadataSchema & { u: MetadataSchema['ab_user'] }, 'logs' | 'u'>;

/** `like` patterns use `!` as the escape character, which means the same on every backend. */
export function likePattern(text: string, where: 'contains' | 'starts'): string {
  const escaped = text.replace(/[!%_]/g, (char) => `!${char}`).toLowerCase();
  return where === 'contains' ? `%${escaped}%` : `${escaped}%`;
}

/** `lower(column) like pattern`, the same ignoring of case on every backend. */
export function lowerLike(column: Expression<unknown>, pattern: string): Expression<SqlBool> {
  return sql<SqlBool>`lower(${column}) like ${pattern} escape '!'`;
}

/** One list filter as a condition on `logs` (joined with its user as `u`). */
export function logFilterCondition(eb: LogsScope, filter: LogFilter): Expression<SqlBool> {
  switch (filter.col) {
    case 'action':
      if (filter.opr === 'eq') return eb('logs.action', '=', filter.value);
      return lowerLike(
        eb.ref('logs.action'),
        likePattern(filter.value, filter.opr === 'ct' ? 'contains' : 'starts'),
      );
    case 'user':
      return eb('logs.user_id', '=', filter.value);
    case 'dttm':
      return eb(
        'logs.dttm',
        filter.opr === 'gt' ? '>' : '<',
        toDbTimestamp(new Date(filter.value)),
      );
  }
}
