import { defineDialect } from '../spec/define-dialect.js';
import type { DialectDefinition } from '../spec/dialect.js';
import { isoDate, isoDateTime } from '../spec/dttm-format.js';

/** Apache Impala's SQL: TRUNC with Oracle-style units, backtick identifiers. */
export const IMPALA_DIALECT_DEFINITION: DialectDefinition = {
  parserDialect: 'hive',
  identifierQuotes: ['`', '`'],
  timeGrainExpressions: {
    PT1M: "TRUNC({col}, 'MI')",
    PT1H: "TRUNC({col}, 'HH')",
    P1D: "TRUNC({col}, 'DD')",
    P1W: "TRUNC({col}, 'WW')",
    P1M: "TRUNC({col}, 'MONTH')",
    P3M: "TRUNC({col}, 'Q')",
    P1Y: "TRUNC({col}, 'YYYY')",
  },
  epochToDttm: 'from_unixtime({col})',
  convertDttm(targetType, dttm) {
    const type = targetType.trim().toUpperCase();
    if (type === 'DATE') return `CAST('${isoDate(dttm)}' AS DATE)`;
    if (type === 'TIMESTAMP') {
      return `CAST('${isoDateTime(dttm, 'microseconds', 'T')}' AS TIMESTAMP)`;
    }
    return null;
  },
  limitStyle: 'limit',
  errorPatterns: [
    {
      pattern: /Could not resolve table reference: '(?<table_name>[^']+)'/,
      code: 'TABLE_DOES_NOT_EXIST_ERROR',
      message:
        'The table "{table_name}" does not exist. A valid table must be used to run this query.',
    },
    {
      pattern: /Could not resolve column\/field reference: '(?<column_name>[^']+)'/,
      code: 'COLUMN_DOES_NOT_EXIST_ERROR',
      message: 'We can\'t seem to resolve the column "{column_name}".',
    },
    {
      pattern: /Database does not exist: (?<schema_name>[\w-]+)/,
      code: 'SCHEMA_DOES_NOT_EXIST_ERROR',
      message:
        'The schema "{schema_name}" does not exist. A valid schema must be used to run this query.',
    },
    {
      pattern: /Syntax error in line (?<line>\d+)/,
      code: 'SYNTAX_ERROR',
      message: 'Please check your query for syntax errors in line {line}.',
    },
  ],
};

export const IMPALA_DIALECT = defineDialect(IMPALA_DIALECT_DEFINITION);
