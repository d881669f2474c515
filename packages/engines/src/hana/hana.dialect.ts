import { GenericDataType } from '@superset-ts/shared';
import { defineDialect } from '../spec/define-dialect.js';
import type { DialectDefinition } from '../spec/dialect.js';
import { isoDate, isoDateTime } from '../spec/dttm-format.js';

/** SAP HANA's SQL: grains by cutting the timestamp text, double-quoted identifiers. */
export const HANA_DIALECT_DEFINITION: DialectDefinition = {
  parserDialect: null,
  identifierQuotes: ['"', '"'],
  timeGrainExpressions: {
    PT1S: 'TO_TIMESTAMP(SUBSTRING(TO_TIMESTAMP({col}),0,20))',
    PT1M: "TO_TIMESTAMP(SUBSTRING(TO_TIMESTAMP({col}),0,17) || '00')",
    PT1H: "TO_TIMESTAMP(SUBSTRING(TO_TIMESTAMP({col}),0,14) || '00:00')",
    P1D: 'TO_DATE({col})',
    P1M: "TO_DATE(SUBSTRING(TO_DATE({col}),0,7)||'-01')",
    P3M: "TO_DATE(SUBSTRING(TO_DATE({col}), 0, 5) || LPAD(CAST((CAST(SUBSTRING(QUARTER(TO_DATE({col}), 1), 7, 1) AS INT)-1)*3 +1 AS TEXT),2,'0') || '-01')",
    P1Y: "TO_DATE(YEAR({col})||'-01-01')",
  },
  // Superset inherits PostgreSQL's `timestamp 'epoch'` form here, which HANA rejects.
  epochToDttm: "ADD_SECONDS(TO_TIMESTAMP('1970-01-01 00:00:00'), {col})",
  convertDttm(targetType, dttm) {
    const type = targetType.trim().toUpperCase();
    if (type === 'DATE') return `TO_DATE('${isoDate(dttm)}', 'YYYY-MM-DD')`;
    if (type === 'TIMESTAMP' || type === 'SECONDDATE') {
      return `TO_TIMESTAMP('${isoDateTime(dttm, 'microseconds', 'T')}', 'YYYY-MM-DD"T"HH24:MI:SS.ff6')`;
    }
    return null;
  },
  limitStyle: 'limit',
  maxColumnNameLength: 30,
  typeMappings: [
    [/^seconddate$/i, GenericDataType.TEMPORAL],
    [/^smalldecimal(\s*\(.*\))?$/i, GenericDataType.NUMERIC],
    [
      /^(alphanum|shorttext|clob|nclob|bintext|st_geometry|st_point)(\s*\(.*\))?$/i,
      GenericDataType.STRING,
    ],
  ],
  errorPatterns: [
    {
      pattern: /authentication failed/i,
      code: 'CONNECTION_ACCESS_DENIED_ERROR',
      message: 'SAP HANA refused these credentials. Check the username and password.',
    },
    {
      pattern:
        /invalid table name:\s+Could not find table\/view (?<table_name>[^\s:]+) in schema (?<schema_name>[^\s:]+)/,
      code: 'TABLE_DOES_NOT_EXIST_ERROR',
      message:
        'The table "{table_name}" does not exist in schema "{schema_name}". A valid table must be used to run this query.',
    },
    {
      pattern: /invalid column name: (?<column_name>[^:]+):/,
      code: 'COLUMN_DOES_NOT_EXIST_ERROR',
      message: 'We can\'t seem to resolve the column "{column_name}".',
    },
    {
      pattern: /invalid schema name: (?<schema_name>[^:]+):/,
      code: 'SCHEMA_DOES_NOT_EXIST_ERROR',
      message:
        'The schema "{schema_name}" does not exist. A valid schema must be used to run this query.',
    },
    {
      pattern: /sql syntax error: incorrect syntax near "(?<syntax_error>[^"]*)"/,
      code: 'SYNTAX_ERROR',
      message:
        'Please check your query for syntax errors at or near "{syntax_error}". Then, try running your query again.',
    },
    {
      pattern: /insufficient privilege/i,
      code: 'CONNECTION_DATABASE_PERMISSIONS_ERROR',
      message: 'The database user lacks a privilege this query needs. Ask an administrator.',
    },
  ],
};

export const HANA_DIALECT = defineDialect(HANA_DIALECT_DEFINITION);
