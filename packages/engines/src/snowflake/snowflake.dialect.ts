import { GenericDataType } from '@superset-ts/shared';
import { defineDialect } from '../spec/define-dialect.js';
import type { DialectDefinition } from '../spec/dialect.js';
import { isoDate, isoDateTime } from '../spec/dttm-format.js';

/** Minutes floored to a multiple of `n` inside the hour. */
const minutes = (n: number) =>
  `DATEADD(MINUTE, FLOOR(DATE_PART(MINUTE, {col}) / ${n}) * ${n}, DATE_TRUNC('HOUR', {col}))`;
const trunc = (unit: string) => `DATE_TRUNC('${unit}', {col})`;

/** Superset's Snowflake literals: DATE, the TIMESTAMP family (NTZ, LTZ, TZ) and DATETIME. */
function convertDttm(targetType: string, dttm: Date): string | null {
  const type = targetType.trim().toUpperCase();
  const moment = isoDateTime(dttm, 'microseconds', 'T');
  if (type.startsWith('TIMESTAMP')) return `TO_TIMESTAMP('${moment}')`;
  if (type.startsWith('DATETIME')) return `CAST('${moment}' AS DATETIME)`;
  if (type === 'DATE') return `TO_DATE('${isoDate(dttm)}')`;
  return null;
}

/** Snowflake's SQL (Superset's `SnowflakeEngineSpec`). */
export const SNOWFLAKE_DIALECT_DEFINITION: DialectDefinition = {
  parserDialect: 'snowflake',
  identifierQuotes: ['"', '"'],
  timeGrainExpressions: {
    PT1S: trunc('SECOND'),
    PT1M: trunc('MINUTE'),
    PT5M: minutes(5),
    PT10M: minutes(10),
    PT15M: minutes(15),
    PT30M: minutes(30),
    PT1H: trunc('HOUR'),
    P1D: trunc('DAY'),
    P1W: trunc('WEEK'),
    P1M: trunc('MONTH'),
    P3M: trunc('QUARTER'),
    P1Y: trunc('YEAR'),
  },
  epochToDttm: "DATEADD(S, {col}, '1970-01-01')",
  epochMsToDttm: "DATEADD(MS, {col}, '1970-01-01')",
  convertDttm,
  limitStyle: 'limit',
  maxColumnNameLength: 256,
  typeMappings: [
    [/^(fixed|number)\b/i, GenericDataType.NUMERIC],
    [/^(variant|object|array|geography|geometry|vector)/i, GenericDataType.STRING],
    [/^timestamp_(ntz|ltz|tz)/i, GenericDataType.TEMPORAL],
  ],
  errorPatterns: [
    {
      pattern: /Incorrect username or password was specified/,
      code: 'CONNECTION_ACCESS_DENIED_ERROR',
      message: 'Either the username or the password is incorrect.',
    },
    {
      pattern:
        /Role '(?<role>.+?)' specified in the connect string does not exist or not authorized/,
      code: 'CONNECTION_ACCESS_DENIED_ERROR',
      message: 'The role "{role}" does not exist or this user may not use it.',
    },
    {
      pattern: /No active warehouse selected in the current session/,
      code: 'CONNECTION_MISSING_PARAMETERS_ERROR',
      message: 'No usable warehouse: set a warehouse this role may use (?warehouse=...).',
    },
    {
      pattern: /Database '(?<database>.+?)' does not exist or not authorized/,
      code: 'CONNECTION_UNKNOWN_DATABASE_ERROR',
      message: 'The database "{database}" does not exist or this role may not use it.',
    },
    {
      pattern: /Object (?<object>.*?) does not exist or not authorized/,
      code: 'TABLE_DOES_NOT_EXIST_ERROR',
      message: '{object} does not exist in this database.',
    },
    {
      pattern:
        /syntax error line (?<line>.+?) at position (?<position>.+?) unexpected '(?<syntax_error>.+?)'/,
      code: 'SYNTAX_ERROR',
      message:
        'Please check your query for syntax errors at or near "{syntax_error}". Then, try running your query again.',
    },
  ],
};

export const SNOWFLAKE_DIALECT = defineDialect(SNOWFLAKE_DIALECT_DEFINITION);
