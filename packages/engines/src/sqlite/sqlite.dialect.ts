import { GenericDataType } from '@superset-ts/shared';
import { defineDialect } from '../spec/define-dialect.js';
import type { DialectDefinition } from '../spec/dialect.js';
import { isoDateTime, sqlString } from '../spec/dttm-format.js';

/** `{col}` moved back to the start of its n-unit bucket, after truncating to `truncateTo`. */
const stepBack = (truncateTo: string, unit: string, field: string, n: number) =>
  `DATETIME(${truncateTo}, printf('-%d ${unit}', CAST(strftime('${field}', {col}) AS INT) % ${n}))`;

const TO_MINUTE = "STRFTIME('%Y-%m-%dT%H:%M:00', {col})";
const TO_HOUR = "STRFTIME('%Y-%m-%dT%H:00:00', {col})";

const THIRTY_MINUTES = stepBack(TO_MINUTE, 'minutes', '%M', 30);
const QUARTER =
  "DATETIME({col}, 'start of month', printf('-%d month', (strftime('%m', {col}) - 1) % 3))";

/** Declared types SQLite compares as text, so a moment is written as a string literal. */
const TEXT_LIKE = /^(n?(var)?char|character|(tiny|medium|long)?text|ntext|string|clob)\b/i;
/** Declared types holding a date and a time (SQLAlchemy's DateTime family). */
const DATETIME_LIKE = /^(datetime|timestamp)\b/i;

/** SQLite's SQL: dates are text, truncated with DATETIME/STRFTIME modifiers. */
export const SQLITE_DIALECT_DEFINITION: DialectDefinition = {
  parserDialect: 'sqlite',
  identifierQuotes: ['"', '"'],
  timeGrainExpressions: {
    PT1S: "DATETIME(STRFTIME('%Y-%m-%dT%H:%M:%S', {col}))",
    PT5S: "DATETIME({col}, printf('-%d seconds', CAST(strftime('%S', {col}) AS INT) % 5))",
    PT30S: "DATETIME({col}, printf('-%d seconds', CAST(strftime('%S', {col}) AS INT) % 30))",
    PT1M: `DATETIME(${TO_MINUTE})`,
    PT5M: stepBack(TO_MINUTE, 'minutes', '%M', 5),
    PT10M: stepBack(TO_MINUTE, 'minutes', '%M', 10),
    PT15M: stepBack(TO_MINUTE, 'minutes', '%M', 15),
    PT30M: THIRTY_MINUTES,
    // Superset offers the half hour and the quarter year under two names each.
    'PT0.5H': THIRTY_MINUTES,
    PT1H: `DATETIME(${TO_HOUR})`,
    PT6H: stepBack(TO_HOUR, 'hours', '%H', 6),
    P1D: "DATETIME({col}, 'start of day')",
    P1W: "DATETIME({col}, 'start of day', -strftime('%w', {col}) || ' days')",
    P1M: "DATETIME({col}, 'start of month')",
    P3M: QUARTER,
    'P0.25Y': QUARTER,
    P1Y: "DATETIME({col}, 'start of year')",
    '1969-12-28T00:00:00Z/P1W': "DATETIME({col}, 'start of day', 'weekday 0', '-7 days')",
    '1969-12-29T00:00:00Z/P1W': "DATETIME({col}, 'start of day', 'weekday 1', '-7 days')",
    'P1W/1970-01-03T00:00:00Z': "DATETIME({col}, 'start of day', 'weekday 6')",
    'P1W/1970-01-04T00:00:00Z': "DATETIME({col}, 'start of day', 'weekday 0')",
  },
  epochToDttm: "datetime({col}, 'unixepoch')",
  convertDttm(targetType, dttm) {
    const type = targetType.trim();
    // As Superset: text and datetime columns compare with 'YYYY-MM-DD HH:MM:SS'; a DATE
    // column gets no literal, since a time part would break equality on 'YYYY-MM-DD' text.
    if (TEXT_LIKE.test(type) || DATETIME_LIKE.test(type)) {
      return sqlString(isoDateTime(dttm, 'seconds'));
    }
    return null;
  },
  limitStyle: 'limit',
  typeMappings: [
    [/^(real|numeric)$/i, GenericDataType.NUMERIC],
    [/^clob$/i, GenericDataType.STRING],
  ],
  errorPatterns: [
    {
      pattern: /no such column: (?<column_name>.+)/,
      code: 'COLUMN_DOES_NOT_EXIST_ERROR',
      message: 'We can\'t seem to resolve the column "{column_name}".',
    },
    {
      pattern: /no such table: (?<table_name>.+)/,
      code: 'TABLE_DOES_NOT_EXIST_ERROR',
      message:
        'The table "{table_name}" does not exist. A valid table must be used to run this query.',
    },
    {
      pattern: /near "(?<syntax_error>.*?)": syntax error/,
      code: 'SYNTAX_ERROR',
      message:
        'Please check your query for syntax errors at or near "{syntax_error}". Then, try running your query again.',
    },
    {
      pattern: /incomplete input/,
      code: 'SYNTAX_ERROR',
      message: 'The query ends too early. Check it for a missing part, then run it again.',
    },
    {
      pattern: /attempt to write a readonly database/,
      code: 'CONNECTION_DATABASE_PERMISSIONS_ERROR',
      message: 'This database is read-only here: the statement would change it.',
    },
  ],
};

export const SQLITE_DIALECT = defineDialect(SQLITE_DIALECT_DEFINITION);
