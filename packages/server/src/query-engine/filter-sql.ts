import { GenericDataType, type QueryFilter } from '@superset-ts/shared';
import { AppError } from '../errors/app-error.js';
import type { TimeRangeOptions } from '../templating/time-range.js';
import type { BuildContext } from './build-context.js';
import {
  adhocColumnSql,
  datasetColumnSql,
  genericTypeOf,
  timeGrainOf,
  timestampSql,
} from './column-sql.js';
import { filterValueSql, type FilterTarget } from './filter-values.js';
import { DTTM_ALIAS, isAdhocColumn } from './labels.js';
import type { QueryDatasetColumn } from './query-dataset.js';
import { timeFilterConditions, type TimeFilterOptions } from './time-filter.js';
import { readTimeRange } from './time-range-errors.js';

/** What filters need beyond the dataset: the time column of `__timestamp` and time options. */
export interface FilterEnvironment {
  /** The granularity column when the query is a legacy time series (`__timestamp` filters). */
  timestampColumn: QueryDatasetColumn | null;
  now: Date;
  timeRange: TimeRangeOptions;
  timeFilter: TimeFilterOptions;
}

/** A filter's outcome: its conditions, or why it was left out. */
export type FilterOutcome =
  | { kind: 'applied'; column: unknown; conditions: string[] }
  | { kind: 'rejected'; column: unknown }
  | { kind: 'skipped' };

/**
 * One filter as SQL conditions, with every operator of Superset's `ChartFilterOperator`. A filter
 * on a column the dataset does not have is rejected (`not_in_datasource`), unless the column
 * is adhoc SQL, which is checked and applied.
 */
export function filterConditions(
  context: BuildContext,
  filter: QueryFilter,
  environment: FilterEnvironment,
): FilterOutcome {
  const { col } = filter;
  let column: QueryDatasetColumn | null;
  let sql: string;
  if (isAdhocColumn(col)) {
    const adhoc = adhocColumnSql(context, col);
    column = adhoc.column;
    sql = adhoc.sql;
  } else {
    column =
      col === DTTM_ALIAS && environment.timestampColumn
        ? environment.timestampColumn
        : (context.columnsByName.get(col) ?? null);
    if (column === null) return { kind: 'rejected', column: col };
    const grain = timeGrainOf(filter.grain);
    sql = grain ? timestampSql(context, column, grain) : datasetColumnSql(context, column);
  }
  if (filter.op === 'TEMPORAL_RANGE') {
    return {
      kind: 'applied',
      column: col,
      conditions: temporalRange(context, filter, column, environment),
    };
  }
  const target: FilterTarget = {
    genericType: column ? genericTypeOf(context, column) : null,
    column,
  };
  return { kind: 'applied', column: col, conditions: [comparison(context, sql, filter, target)] };
}

function temporalRange(
  context: BuildContext,
  filter: QueryFilter,
  column: QueryDatasetColumn | null,
  environment: FilterEnvironment,
): string[] {
  if (typeof filter.val !== 'string' || column === null) {
    throw new AppError(
      'QUERY_OBJECT_VALIDATION_ERROR',
      'A TEMPORAL_RANGE filter needs a dataset column and a time range text.',
    );
  }
  const range = readTimeRange(filter.val, environment.now, environment.timeRange);
  return timeFilterConditions(
    context,
    column,
    range,
    timeGrainOf(filter.grain),
    environment.timeFilter,
  );
}

function comparison(
  context: BuildContext,
  sql: string,
  filter: QueryFilter,
  target: FilterTarget,
): string {
  const op = filter.op;
  switch (op) {
    case 'IS NULL':
      return `${sql} IS NULL`;
    case 'IS NOT NULL':
      return `${sql} IS NOT NULL`;
    case 'IS TRUE':
    case 'IS FALSE':
      return booleanTest(context, sql, op === 'IS TRUE');
    case 'IN':
    case 'NOT IN':
      return inList(context, sql, filter, target);
    case '==':
    case '!=':
    case '>':
    case '<':
    case '>=':
    case '<=':
    case 'LIKE':
    case 'NOT LIKE':
    case 'ILIKE':
    case 'NOT ILIKE':
      return compareOne(context, sql, op, singleValue(filter.val), target);
    case 'TEMPORAL_RANGE':
      throw new AppError('QUERY_OBJECT_VALIDATION_ERROR', 'Invalid filter operation type.');
  }
}

function booleanTest(context: BuildContext, sql: string, expected: boolean): string {
  if (context.family.hasBooleanLiterals) return `${sql} IS ${expected ? 'TRUE' : 'FALSE'}`;
  return `${sql} = ${expected ? 1 : 0}`;
}

function singleValue(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

function inList(
  context: BuildContext,
  sql: string,
  filter: QueryFilter,
  target: FilterTarget,
): string {
  const values = Array.isArray(filter.val) ? filter.val : [filter.val];
  if (values.length === 0) {
    throw new AppError('QUERY_OBJECT_VALIDATION_ERROR', 'Filter value list cannot be empty.');
  }
  const literals = values.map((value) => filterValueSql(context, value, filter.op, target));
  const present = [...new Set(literals.filter((literal): literal is string => literal !== null))];
  const hasNull = present.length < literals.length;
  const isNegated = filter.op === 'NOT IN';
  if (!hasNull) return `${sql} ${isNegated ? 'NOT IN' : 'IN'} (${present.join(', ')})`;
  const condition =
    present.length === 0 ? `${sql} IS NULL` : `${sql} IN (${present.join(', ')}) OR ${sql} IS NULL`;
  return isNegated ? `NOT (${condition})` : `(${condition})`;
}

/** Operators that compare a column with one value. */
type SingleValueOperator =
  '==' | '!=' | '>' | '<' | '>=' | '<=' | 'LIKE' | 'NOT LIKE' | 'ILIKE' | 'NOT ILIKE';

function compareOne(
  context: BuildContext,
  sql: string,
  op: SingleValueOperator,
  value: unknown,
  target: FilterTarget,
): string {
  const literal = filterValueSql(context, value, op, target);
  if (literal === null) {
    if (op === '==') return `${sql} IS NULL`;
    if (op === '!=') return `${sql} IS NOT NULL`;
    throw new AppError(
      'QUERY_OBJECT_VALIDATION_ERROR',
      'Must specify a value for filters with comparison operators.',
    );
  }
  const text =
    target.genericType === GenericDataType.STRING || target.genericType === null
      ? sql
      : `CAST(${sql} AS ${context.family.stringCastType})`;
  switch (op) {
    case '==':
      return `${sql} = ${literal}`;
    case '!=':
    case '>':
    case '<':
    case '>=':
    case '<=':
      return `${sql} ${op} ${literal}`;
    case 'LIKE':
      return `${text} LIKE ${literal}`;
    case 'NOT LIKE':
      return `${text} NOT LIKE ${literal}`;
    case 'ILIKE':
    case 'NOT ILIKE': {
      const not = op === 'NOT ILIKE' ? 'NOT ' : '';
      if (context.family.hasIlike) return `${text} ${not}ILIKE ${literal}`;
      return `LOWER(${text}) ${not}LIKE LOWER(${literal})`;
    }
  }
}
