import { GenericDataType } from '@superset-ts/shared';
import { defineDialect } from '../spec/define-dialect.js';
import type { DialectDefinition } from '../spec/dialect.js';
import { isoDate, isoDateTime } from '../spec/dttm-format.js';

const asTimestamp = 'CAST({col} AS TIMESTAMP)';
const floor = (period: string) => `TIME_FLOOR(${asTimestamp}, '${period}')`;
/** The week floored after shifting a day forward, then shifted `days` back into place. */
const shiftedWeek = (days: number) =>
  `TIME_SHIFT(TIME_FLOOR(TIME_SHIFT(${asTimestamp}, 'P1D', 1), 'P1W'), 'P1D', ${days})`;

const SYNTAX_MESSAGE =
  'Please check your query for syntax errors at or near "{syntax_error}". Then, try running your query again.';

/** Superset's Druid literals: DATE, and TIME_PARSE for DATETIME and TIMESTAMP. */
function convertDttm(targetType: string, dttm: Date): string | null {
  const type = targetType.trim().toUpperCase();
  if (type.startsWith('TIMESTAMP') || type.startsWith('DATETIME')) {
    return `TIME_PARSE('${isoDateTime(dttm, 'seconds', 'T')}')`;
  }
  if (type === 'DATE') return `CAST(TIME_PARSE('${isoDate(dttm)}') AS DATE)`;
  return null;
}

/** Apache Druid SQL (Superset's `DruidEngineSpec`): every grain is a TIME_FLOOR period. */
export const DRUID_DIALECT_DEFINITION: DialectDefinition = {
  parserDialect: null,
  identifierQuotes: ['"', '"'],
  timeGrainExpressions: {
    PT1S: floor('PT1S'),
    PT5S: floor('PT5S'),
    PT30S: floor('PT30S'),
    PT1M: floor('PT1M'),
    PT5M: floor('PT5M'),
    PT10M: floor('PT10M'),
    PT15M: floor('PT15M'),
    PT30M: floor('PT30M'),
    PT1H: floor('PT1H'),
    PT6H: floor('PT6H'),
    P1D: floor('P1D'),
    P1W: floor('P1W'),
    P1M: floor('P1M'),
    P3M: floor('P3M'),
    P1Y: floor('P1Y'),
    'P1W/1970-01-03T00:00:00Z': shiftedWeek(5),
    '1969-12-28T00:00:00Z/P1W': shiftedWeek(-1),
  },
  epochToDttm: 'MILLIS_TO_TIMESTAMP({col} * 1000)',
  epochMsToDttm: 'MILLIS_TO_TIMESTAMP({col})',
  convertDttm,
  limitStyle: 'limit',
  typeMappings: [
    [/^long$/i, GenericDataType.NUMERIC],
    [/^(complex|other)\b/i, GenericDataType.STRING],
  ],
  errorPatterns: [
    {
      pattern: /Object '(?<table_name>.+?)' not found/,
      code: 'TABLE_DOES_NOT_EXIST_ERROR',
      message:
        'The table "{table_name}" does not exist. A valid table must be used to run this query.',
    },
    {
      pattern: /Column '(?<column_name>.+?)' not found in any table/,
      code: 'COLUMN_DOES_NOT_EXIST_ERROR',
      message: 'We can\'t seem to resolve the column "{column_name}".',
    },
    {
      pattern: /Encountered "(?<syntax_error>.+?)" at/,
      code: 'SYNTAX_ERROR',
      message: SYNTAX_MESSAGE,
    },
    {
      pattern: /unexpected token \[(?<syntax_error>.+?)\]/,
      code: 'SYNTAX_ERROR',
      message: SYNTAX_MESSAGE,
    },
  ],
};

export const DRUID_DIALECT = defineDialect(DRUID_DIALECT_DEFINITION);
