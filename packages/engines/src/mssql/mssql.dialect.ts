import { GenericDataType } from '@superset-ts/shared';
import { defineDialect } from '../spec/define-dialect.js';
import type { DialectDefinition } from '../spec/dialect.js';
import { isoDate, isoDateTime } from '../spec/dttm-format.js';
import { limitWithTop } from './mssql-top-limit.js';
import { MSSQL_ERROR_PATTERNS } from './mssql.errors.js';

/** Minutes since SQL Server's day zero, floored to a multiple of `n`. */
const minutes = (n: number) => `DATEADD(MINUTE, DATEDIFF(MINUTE, 0, {col}) / ${n} * ${n}, 0)`;
const floorTo = (part: string) => `DATEADD(${part}, DATEDIFF(${part}, 0, {col}), 0)`;

/**
 * Superset's SQL Server types for literals: SMALLDATETIME, DATE, and the DATETIME family.
 * `timestamp` is SQL Server's row version, not a moment, so it gets no literal.
 */
function convertDttm(targetType: string, dttm: Date): string | null {
  const type = targetType.trim().toUpperCase();
  if (type.startsWith('SMALLDATETIME')) {
    return `CONVERT(SMALLDATETIME, '${isoDateTime(dttm, 'seconds')}', 20)`;
  }
  if (type.startsWith('DATETIME')) {
    return `CONVERT(DATETIME, '${isoDateTime(dttm, 'milliseconds', 'T')}', 126)`;
  }
  if (type === 'DATE') return `CONVERT(DATE, '${isoDate(dttm)}', 23)`;
  return null;
}

/** Microsoft SQL Server's T-SQL (Superset's `MssqlEngineSpec`). */
export const MSSQL_DIALECT_DEFINITION: DialectDefinition = {
  parserDialect: 'transactsql',
  identifierQuotes: ['[', ']'],
  timeGrainExpressions: {
    PT1S: "DATEADD(SECOND, DATEDIFF(SECOND, '2000-01-01', {col}), '2000-01-01')",
    PT1M: floorTo('MINUTE'),
    PT5M: minutes(5),
    PT10M: minutes(10),
    PT15M: minutes(15),
    PT30M: minutes(30),
    PT1H: floorTo('HOUR'),
    P1D: floorTo('DAY'),
    P1W: 'DATEADD(DAY, 1 - DATEPART(WEEKDAY, {col}), DATEADD(DAY, DATEDIFF(DAY, 0, {col}), 0))',
    P1M: floorTo('MONTH'),
    P3M: floorTo('QUARTER'),
    P1Y: floorTo('YEAR'),
    '1969-12-28T00:00:00Z/P1W': 'DATEADD(DAY, -1, DATEADD(WEEK, DATEDIFF(WEEK, 0, {col}), 0))',
    '1969-12-29T00:00:00Z/P1W': 'DATEADD(WEEK, DATEDIFF(WEEK, 0, DATEADD(DAY, -1, {col})), 0)',
  },
  epochToDttm: "dateadd(S, {col}, '1970-01-01')",
  convertDttm,
  limitStyle: 'top',
  wrapLimit: limitWithTop,
  maxColumnNameLength: 128,
  typeMappings: [
    [/^smalldatetime/i, GenericDataType.TEMPORAL],
    [/^(datetime2|datetimeoffset)/i, GenericDataType.TEMPORAL],
    [/^(uniqueidentifier|ntext|xml|image|sql_variant|hierarchyid)/i, GenericDataType.STRING],
    [/^(smallmoney|money)$/i, GenericDataType.NUMERIC],
    [/^bit$/i, GenericDataType.BOOLEAN],
    [/^(timestamp|rowversion)$/i, GenericDataType.STRING],
  ],
  errorPatterns: MSSQL_ERROR_PATTERNS,
};

export const MSSQL_DIALECT = defineDialect(MSSQL_DIALECT_DEFINITION);
