import {
  GenericDataType,
  isTimeGrain,
  type AdhocColumn,
  type TimeGrain,
} from '@superset-ts/shared';
import { EngineError } from '@superset-ts/engines';
import { AppError } from '../errors/app-error.js';
import type { BuildContext } from './build-context.js';
import type { QueryDatasetColumn } from './query-dataset.js';

/** A dataset column's SQL: its quoted name, or its calculated expression in parentheses. */
export function datasetColumnSql(context: BuildContext, column: QueryDatasetColumn): string {
  const expression = column.expression?.trim();
  return expression ? `(${expression})` : context.quote(column.column_name);
}

/** A column's generic type: the stored one, else derived from its native type. */
export function genericTypeOf(
  context: BuildContext,
  column: QueryDatasetColumn,
): GenericDataType | null {
  if (column.advanced_data_type) return GenericDataType.STRING;
  if (column.type_generic !== null) return column.type_generic;
  return column.type ? context.dialect.genericType(column.type) : null;
}

/** A time grain from a query, or null; an unknown grain is a 400. */
export function timeGrainOf(value: string | null | undefined): TimeGrain | null {
  if (value === null || value === undefined || value === '') return null;
  if (isTimeGrain(value)) return value;
  throw new AppError(
    'QUERY_OBJECT_VALIDATION_ERROR',
    `Unknown time grain "${value.slice(0, 64)}".`,
  );
}

/** `{col}` truncated to a grain; an engine without that grain is a 400 naming the ones it has. */
export function applyTimeGrain(
  context: BuildContext,
  sql: string,
  grain: TimeGrain | null,
): string {
  try {
    return context.dialect.timeGrainExpression(sql, grain);
  } catch (error) {
    if (error instanceof EngineError) {
      throw new AppError('QUERY_OBJECT_VALIDATION_ERROR', error.message);
    }
    throw error;
  }
}

/**
 * A temporal column as Superset's `get_timestamp_expression`: numeric epochs (`epoch_s`,
 * `epoch_ms`) become timestamps, then the grain truncates; without either, the column itself.
 */
export function timestampSql(
  context: BuildContext,
  column: QueryDatasetColumn,
  grain: TimeGrain | null,
): string {
  const format = column.python_date_format;
  const base = datasetColumnSql(context, column);
  const value =
    format === 'epoch_s' || format === 'epoch_ms'
      ? context.dialect.epochExpression(base, format)
      : base;
  return applyTimeGrain(context, value, grain);
}

/** An adhoc column's SQL and whether a dataset column backs it. */
export interface AdhocColumnSql {
  sql: string;
  column: QueryDatasetColumn | null;
}

/**
 * An adhoc column as Superset's `adhoc_column_to_sqla`: an expression naming a dataset column
 * uses that column; otherwise the checked expression. An x-axis (`BASE_AXIS`) column with a
 * time grain is truncated when it is temporal; an expression the dataset does not describe
 * is assumed temporal (Superset probes the database for its type; a pure builder cannot).
 */
export function adhocColumnSql(context: BuildContext, column: AdhocColumn): AdhocColumnSql {
  const expression = column.sqlExpression.trim();
  const known = context.columnsByName.get(expression) ?? null;
  const grain = column.columnType === 'BASE_AXIS' ? timeGrainOf(column.timeGrain) : null;
  if (known) {
    const isTemporal = known.is_dttm || genericTypeOf(context, known) === GenericDataType.TEMPORAL;
    const sql =
      grain !== null && isTemporal
        ? timestampSql(context, known, grain)
        : datasetColumnSql(context, known);
    return { sql, column: known };
  }
  const checked = `(${context.clause(expression, 'expression', 'a custom SQL column')})`;
  return { sql: grain !== null ? applyTimeGrain(context, checked, grain) : checked, column: null };
}
