import type { QueryFilter } from '@superset-ts/shared';
import type { AdhocFilter, SimpleAdhocFilter } from '../form-data';

/** Operators that take no value. */
const UNARY_OPERATORS = new Set(['IS NULL', 'IS NOT NULL', 'IS TRUE', 'IS FALSE']);

/** What adhoc filters become in a query object. */
export interface ProcessedFilters {
  filters: QueryFilter[];
  /** The SQL `WHERE` filters, each parenthesised, joined with AND; absent when there are none. */
  where?: string;
  /** The SQL `HAVING` filters, joined the same way. */
  having?: string;
}

function toQueryFilter(filter: SimpleAdhocFilter): QueryFilter {
  const op = filter.operator.toUpperCase() as QueryFilter['op'];
  const base = { col: filter.subject, op, ...(filter.isExtra ? { isExtra: true } : {}) };
  return UNARY_OPERATORS.has(op) ? base : { ...base, val: filter.comparator };
}

/** A line comment inside the clause must not swallow the closing parenthesis. */
function parenthesise(sql: string): string {
  return sql.includes('--') ? `(${sql}\n)` : `(${sql})`;
}

function joinClauses(clauses: string[]): string | undefined {
  return clauses.length > 0 ? clauses.map(parenthesise).join(' AND ') : undefined;
}

/**
 * Splits `adhoc_filters` as Superset's `processFilters`: simple WHERE filters become
 * `filters`, SQL ones `extras.where`/`extras.having`. Simple HAVING filters are dropped, as
 * Superset only sends them to legacy Druid.
 */
export function processAdhocFilters(adhocFilters: readonly AdhocFilter[]): ProcessedFilters {
  const filters: QueryFilter[] = [];
  const where: string[] = [];
  const having: string[] = [];
  for (const filter of adhocFilters) {
    if (filter.expressionType === 'SIMPLE') {
      if (filter.clause === 'WHERE') filters.push(toQueryFilter(filter));
    } else if (filter.sqlExpression.trim() !== '') {
      (filter.clause === 'WHERE' ? where : having).push(filter.sqlExpression);
    }
  }
  const result: ProcessedFilters = { filters };
  const whereSql = joinClauses(where);
  const havingSql = joinClauses(having);
  if (whereSql) result.where = whereSql;
  if (havingSql) result.having = havingSql;
  return result;
}
