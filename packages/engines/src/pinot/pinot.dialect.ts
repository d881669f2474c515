import { GenericDataType } from '@superset-ts/shared';
import { defineDialect } from '../spec/define-dialect.js';
import type { DialectDefinition } from '../spec/dialect.js';
import { limitWithTrailingClause } from '../spec/trailing-limit.js';

const asTimestamp = 'CAST({col} AS TIMESTAMP)';
const trunc = (unit: string) => `CAST(DATE_TRUNC('${unit}', ${asTimestamp}) AS TIMESTAMP)`;
/** The minute, rounded down to a multiple of `millis`. */
const rounded = (millis: number) =>
  `CAST(ROUND(DATE_TRUNC('minute', ${asTimestamp}), ${millis}) AS TIMESTAMP)`;

/**
 * Apache Pinot SQL (Superset's `PinotEngineSpec`). Pinot has no subqueries and no joins,
 * so a row limit is a trailing LIMIT. Superset gives Pinot no moment literals: filters
 * compare with plain values, so `convertDttm` is null for every type.
 */
export const PINOT_DIALECT_DEFINITION: DialectDefinition = {
  parserDialect: null,
  identifierQuotes: ['"', '"'],
  timeGrainExpressions: {
    PT1S: trunc('second'),
    PT1M: trunc('minute'),
    PT5M: rounded(300000),
    PT10M: rounded(600000),
    PT15M: rounded(900000),
    PT30M: rounded(1800000),
    PT1H: trunc('hour'),
    P1D: trunc('day'),
    P1W: trunc('week'),
    P1M: trunc('month'),
    P3M: trunc('quarter'),
    P1Y: trunc('year'),
  },
  epochToDttm: "DATETIMECONVERT({col}, '1:SECONDS:EPOCH', '1:SECONDS:EPOCH', '1:SECONDS')",
  epochMsToDttm:
    "DATETIMECONVERT({col}, '1:MILLISECONDS:EPOCH', '1:MILLISECONDS:EPOCH', '1:MILLISECONDS')",
  convertDttm: () => null,
  limitStyle: 'limit',
  wrapLimit: limitWithTrailingClause,
  typeMappings: [
    [/^(long|big_decimal)$/i, GenericDataType.NUMERIC],
    [/^(bytes|map|list)$/i, GenericDataType.STRING],
    [/_array$/i, GenericDataType.STRING],
  ],
  errorPatterns: [
    {
      pattern: /TableDoesNotExistError|Object '(?<table_name>.+?)' not found/,
      code: 'TABLE_DOES_NOT_EXIST_ERROR',
      message: 'A table in the query does not exist. A valid table must be used to run this query.',
    },
    {
      pattern: /Unknown columnName '(?<column_name>.+?)' found in the query/,
      code: 'COLUMN_DOES_NOT_EXIST_ERROR',
      message: 'We can\'t seem to resolve the column "{column_name}".',
    },
    {
      pattern: /SQLParsingError/,
      code: 'SYNTAX_ERROR',
      message: 'Pinot could not parse the query. Check it for syntax errors, then try again.',
    },
  ],
};

export const PINOT_DIALECT = defineDialect(PINOT_DIALECT_DEFINITION);
