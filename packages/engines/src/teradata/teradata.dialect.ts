import { GenericDataType } from '@superset-ts/shared';
import { defineDialect } from '../spec/define-dialect.js';
import type { DialectDefinition } from '../spec/dialect.js';
import { isoDate, isoDateTime } from '../spec/dttm-format.js';
import { limitWithTop } from './teradata-limit.js';

/** Teradata's SQL: TRUNC over a DATE cast, TOP instead of LIMIT. */
export const TERADATA_DIALECT_DEFINITION: DialectDefinition = {
  parserDialect: null,
  identifierQuotes: ['"', '"'],
  timeGrainExpressions: {
    PT1M: "TRUNC(CAST({col} as DATE), 'MI')",
    PT1H: "TRUNC(CAST({col} as DATE), 'HH')",
    P1D: "TRUNC(CAST({col} as DATE), 'DDD')",
    P1W: "TRUNC(CAST({col} as DATE), 'WW')",
    P1M: "TRUNC(CAST({col} as DATE), 'MONTH')",
    P3M: "TRUNC(CAST({col} as DATE), 'Q')",
    P1Y: "TRUNC(CAST({col} as DATE), 'YEAR')",
  },
  epochToDttm:
    "CAST(((CAST(DATE '1970-01-01' + ({col} / 86400) AS TIMESTAMP(0) AT 0)) AT 0) + (({col} MOD 86400) * INTERVAL '00:00:01' HOUR TO SECOND) AS TIMESTAMP(0))",
  // Superset has no literal for Teradata and compares with a bare string; ANSI typed
  // literals, which Teradata accepts, make the type explicit.
  convertDttm(targetType, dttm) {
    const type = targetType.trim().toUpperCase();
    if (type === 'DATE') return `DATE '${isoDate(dttm)}'`;
    if (type.startsWith('TIMESTAMP')) return `TIMESTAMP '${isoDateTime(dttm)}'`;
    return null;
  },
  limitStyle: 'top',
  wrapLimit: limitWithTop,
  maxColumnNameLength: 30,
  typeMappings: [
    [/^byteint$/i, GenericDataType.NUMERIC],
    [/^(clob|xml|(var)?byte|period)(\s*\(.*\))?$/i, GenericDataType.STRING],
  ],
  errorPatterns: [
    {
      pattern: /\[Error 8017\]/,
      code: 'CONNECTION_ACCESS_DENIED_ERROR',
      message: 'Teradata refused these credentials: the user, password or account is invalid.',
    },
    {
      pattern: /\[Error 3802\] Database '(?<schema_name>[^']+)' does not exist/,
      code: 'SCHEMA_DOES_NOT_EXIST_ERROR',
      message:
        'The database "{schema_name}" does not exist. A valid database must be used to run this query.',
    },
    {
      pattern: /\[Error 3807\] Object '(?<table_name>[^']+)' does not exist/,
      code: 'TABLE_DOES_NOT_EXIST_ERROR',
      message:
        'The table "{table_name}" does not exist. A valid table must be used to run this query.',
    },
    {
      pattern: /\[Error 5628\] Column (?<column_name>\S+) not found/,
      code: 'COLUMN_DOES_NOT_EXIST_ERROR',
      message: 'We can\'t seem to resolve the column "{column_name}".',
    },
    {
      pattern: /\[Error 3706\] Syntax error: (?<detail>[^\n]+?)\.?$/m,
      code: 'SYNTAX_ERROR',
      message: 'Please check your query for syntax errors: {detail}.',
    },
    {
      pattern: /\[Error 3523\] (?<detail>[^\n]+?)\.?$/m,
      code: 'CONNECTION_DATABASE_PERMISSIONS_ERROR',
      message: 'The database user lacks a privilege this query needs: {detail}.',
    },
  ],
};

export const TERADATA_DIALECT = defineDialect(TERADATA_DIALECT_DEFINITION);
