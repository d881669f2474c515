import { GenericDataType } from '@superset-ts/shared';
import { defineDialect } from '../spec/define-dialect.js';
import type { Dialect, DialectDefinition, TableRef } from '../spec/dialect.js';
import { isoDate, isoDateTime } from '../spec/dttm-format.js';
import { BIGQUERY_ERROR_PATTERNS } from './bigquery.errors.js';

const asTimestamp = 'CAST({col} AS TIMESTAMP)';
/** Seconds since the epoch floored to a multiple of `seconds`. */
const seconds = (step: string) =>
  `TIMESTAMP_SECONDS(${step} * DIV(UNIX_SECONDS(${asTimestamp}), ${step}))`;
const trunc = (part: string) => `TIMESTAMP_TRUNC(${asTimestamp}, ${part})`;

/** Superset's BigQuery literals: DATE, TIMESTAMP, DATETIME and TIME. */
function convertDttm(targetType: string, dttm: Date): string | null {
  const type = targetType.trim().toUpperCase();
  const moment = isoDateTime(dttm, 'microseconds', 'T');
  if (type.startsWith('TIMESTAMP')) return `CAST('${moment}' AS TIMESTAMP)`;
  if (type.startsWith('DATETIME')) return `CAST('${moment}' AS DATETIME)`;
  if (type === 'DATE') return `CAST('${isoDate(dttm)}' AS DATE)`;
  if (type === 'TIME') return `CAST('${moment.slice(11)}' AS TIME)`;
  return null;
}

/**
 * BigQuery's GoogleSQL (Superset's `BigQueryEngineSpec`). Superset picks DATE_TRUNC,
 * DATETIME_TRUNC or TIMESTAMP_TRUNC from the column's type; a dialect template sees no
 * type, so every grain casts to TIMESTAMP first, which accepts DATE, DATETIME, TIMESTAMP
 * and ISO strings alike and always yields a TIMESTAMP.
 */
export const BIGQUERY_DIALECT_DEFINITION: DialectDefinition = {
  parserDialect: 'bigquery',
  identifierQuotes: ['`', '`'],
  timeGrainExpressions: {
    PT1S: `TIMESTAMP_SECONDS(UNIX_SECONDS(${asTimestamp}))`,
    PT1M: seconds('60'),
    PT5M: seconds('5*60'),
    PT10M: seconds('10*60'),
    PT15M: seconds('15*60'),
    PT30M: seconds('30*60'),
    PT1H: trunc('HOUR'),
    P1D: trunc('DAY'),
    P1W: trunc('WEEK'),
    '1969-12-29T00:00:00Z/P1W': trunc('ISOWEEK'),
    P1M: trunc('MONTH'),
    P3M: trunc('QUARTER'),
    P1Y: trunc('YEAR'),
  },
  epochToDttm: 'TIMESTAMP_SECONDS({col})',
  epochMsToDttm: 'TIMESTAMP_MILLIS({col})',
  convertDttm,
  limitStyle: 'limit',
  maxColumnNameLength: 128,
  typeMappings: [
    [/^(int64|float64|numeric|bignumeric|bigdecimal|decimal)\b/i, GenericDataType.NUMERIC],
    [/^(bytes|geography|json|array|struct|range)/i, GenericDataType.STRING],
  ],
  errorPatterns: BIGQUERY_ERROR_PATTERNS,
};

/** BigQuery escapes a backtick inside a quoted name with a backslash, not by doubling it. */
const quoteIdentifier = (name: string) => `\`${name.replace(/\\/g, '\\\\').replace(/`/g, '\\`')}\``;

const quoteTable = (ref: TableRef) =>
  [ref.catalog, ref.schema, ref.table]
    .filter((part): part is string => typeof part === 'string' && part !== '')
    .map(quoteIdentifier)
    .join('.');

const base = defineDialect(BIGQUERY_DIALECT_DEFINITION);

export const BIGQUERY_DIALECT: Dialect = {
  ...base,
  quoteIdentifier,
  quoteTable,
  selectStar: (ref, limit = 100) =>
    `SELECT *\nFROM ${quoteTable(ref)}\nLIMIT ${Math.max(0, Math.floor(limit))}`,
};
