import { GenericDataType, type TimeGrain } from '@superset-ts/shared';
import { isoDateTime } from '@superset-ts/engines';
import { pythonStrftime } from '../templating/python-strftime.js';
import type { BuildContext } from './build-context.js';
import { datasetColumnSql, genericTypeOf, timestampSql } from './column-sql.js';
import type { QueryDatasetColumn } from './query-dataset.js';
import { stringLiteral } from './sql-literal.js';

/** Whether a time-range bound includes its moment (SIP-15's `time_range_endpoints`). */
export type TimeRangeEndpoint = 'inclusive' | 'exclusive';

/** How time bounds compare: endpoints and the database's default string formats. */
export interface TimeFilterOptions {
  /** `[start, end]`; Superset's default is `[inclusive, exclusive]`: start <= t < end. */
  endpoints: readonly [TimeRangeEndpoint, TimeRangeEndpoint];
  /** The database's `python_date_format_by_column_name`, used when a column has no format. */
  pythonDateFormatByColumn: Readonly<Record<string, string>>;
}

export const DEFAULT_TIME_FILTER_OPTIONS: TimeFilterOptions = {
  endpoints: ['inclusive', 'exclusive'],
  pythonDateFormatByColumn: {},
};

/**
 * A moment as the SQL a column compares with (Superset's `dttm_sql_literal`): a number for
 * `epoch_s`/`epoch_ms` columns; for text columns with a `python_date_format`, the moment
 * formatted that way (SIP-15: such text sorts like time); otherwise the engine's literal for
 * the column type, else the format, else `'YYYY-MM-DD HH:MM:SS.ffffff'`.
 *
 * Superset tries the engine's literal before the format; here a text column's format wins,
 * since an engine's literal for text (SQLite, DuckDB) ignores the format the owner set.
 */
export function timeBoundSql(
  context: BuildContext,
  column: QueryDatasetColumn,
  moment: Date,
  options: TimeFilterOptions,
): string {
  const format =
    column.python_date_format || options.pythonDateFormatByColumn[column.column_name] || null;
  const seconds = Math.floor(moment.getTime() / 1000);
  if (format === 'epoch_s') return String(seconds);
  if (format === 'epoch_ms') return String(seconds * 1000);
  const formatted = format ? stringLiteral(pythonStrftime(moment, format), context.family) : null;
  if (formatted !== null && genericTypeOf(context, column) === GenericDataType.STRING) {
    return formatted;
  }
  const converted = column.type ? context.dialect.convertDttm(column.type, moment) : null;
  return converted ?? formatted ?? stringLiteral(isoDateTime(moment), context.family);
}

/** The conditions of a time filter on a column: none, one or two bounds. */
export function timeFilterConditions(
  context: BuildContext,
  column: QueryDatasetColumn,
  range: readonly [Date | null, Date | null],
  grain: TimeGrain | null,
  options: TimeFilterOptions,
): string[] {
  const [since, until] = range;
  if (since === null && until === null) return [];
  const sql = grain ? timestampSql(context, column, grain) : datasetColumnSql(context, column);
  const [start, end] = options.endpoints;
  const conditions: string[] = [];
  if (since !== null) {
    conditions.push(
      `${sql} ${start === 'inclusive' ? '>=' : '>'} ${timeBoundSql(context, column, since, options)}`,
    );
  }
  if (until !== null) {
    conditions.push(
      `${sql} ${end === 'exclusive' ? '<' : '<='} ${timeBoundSql(context, column, until, options)}`,
    );
  }
  return conditions;
}
