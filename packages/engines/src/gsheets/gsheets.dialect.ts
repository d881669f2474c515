import { defineDialect } from '../spec/define-dialect.js';
import type { DialectDefinition } from '../spec/dialect.js';
import { isoDateTime } from '../spec/dttm-format.js';

/** Truncation to an n-unit bucket by subtracting the remainder of one strftime field. */
const bucket = (base: string, n: number, unit: string, field: string) =>
  `DATETIME(${base}, printf('-%d ${unit}', CAST(strftime('${field}', {col}) AS INT) % ${n}))`;
const toMinute = "STRFTIME('%Y-%m-%dT%H:%M:00', {col})";
const toHour = "STRFTIME('%Y-%m-%dT%H:00:00', {col})";
const quarter =
  "DATETIME({col}, 'start of month', printf('-%d month', (strftime('%m', {col}) - 1) % 3))";

/** Types Superset reads as text or date-time, which take a quoted ISO string. */
const TEXT_OR_DATETIME = /^(n?(var)?char|(tiny|medium|long)?text|string|datetime|timestamp)/i;

/**
 * Google Sheets through shillelagh, which runs SQLite (APSW) over virtual tables: SQLite's
 * date functions, grains and literals, as Superset's Google Sheets spec inherits them.
 */
export const GSHEETS_DIALECT_DEFINITION: DialectDefinition = {
  parserDialect: 'sqlite',
  identifierQuotes: ['"', '"'],
  timeGrainExpressions: {
    PT1S: "DATETIME(STRFTIME('%Y-%m-%dT%H:%M:%S', {col}))",
    PT5S: bucket('{col}', 5, 'seconds', '%S'),
    PT30S: bucket('{col}', 30, 'seconds', '%S'),
    PT1M: `DATETIME(${toMinute})`,
    PT5M: bucket(toMinute, 5, 'minutes', '%M'),
    PT10M: bucket(toMinute, 10, 'minutes', '%M'),
    PT15M: bucket(toMinute, 15, 'minutes', '%M'),
    PT30M: bucket(toMinute, 30, 'minutes', '%M'),
    'PT0.5H': bucket(toMinute, 30, 'minutes', '%M'),
    PT1H: `DATETIME(${toHour})`,
    PT6H: bucket(toHour, 6, 'hours', '%H'),
    P1D: "DATETIME({col}, 'start of day')",
    P1W: "DATETIME({col}, 'start of day', -strftime('%w', {col}) || ' days')",
    P1M: "DATETIME({col}, 'start of month')",
    P3M: quarter,
    'P0.25Y': quarter,
    P1Y: "DATETIME({col}, 'start of year')",
    '1969-12-28T00:00:00Z/P1W': "DATETIME({col}, 'start of day', 'weekday 0', '-7 days')",
    '1969-12-29T00:00:00Z/P1W': "DATETIME({col}, 'start of day', 'weekday 1', '-7 days')",
    'P1W/1970-01-03T00:00:00Z': "DATETIME({col}, 'start of day', 'weekday 6')",
    'P1W/1970-01-04T00:00:00Z': "DATETIME({col}, 'start of day', 'weekday 0')",
  },
  epochToDttm: "datetime({col}, 'unixepoch')",
  // SQLite keeps moments as text, so a quoted ISO string compares correctly; Superset
  // offers no literal for DATE columns here and neither does this.
  convertDttm(targetType, dttm) {
    return TEXT_OR_DATETIME.test(targetType.trim()) ? `'${isoDateTime(dttm, 'seconds')}'` : null;
  },
  limitStyle: 'limit',
  errorPatterns: [
    {
      pattern: /SQLError: near "(?<server_error>.*?)": syntax error/,
      code: 'SYNTAX_ERROR',
      message:
        'Please check your query for syntax errors near "{server_error}". Then, try running your query again.',
    },
  ],
};

export const GSHEETS_DIALECT = defineDialect(GSHEETS_DIALECT_DEFINITION);
