import { GenericDataType } from '@superset-ts/shared';
import { defineDialect } from '../spec/define-dialect.js';
import type { DialectDefinition } from '../spec/dialect.js';
import { isoDate, isoDateTime } from '../spec/dttm-format.js';

/** Exasol's SQL: PostgreSQL-compatible DATE_TRUNC, double-quoted identifiers. */
export const EXASOL_DIALECT_DEFINITION: DialectDefinition = {
  parserDialect: null,
  identifierQuotes: ['"', '"'],
  timeGrainExpressions: {
    PT1S: "DATE_TRUNC('second', {col})",
    PT1M: "DATE_TRUNC('minute', {col})",
    PT1H: "DATE_TRUNC('hour', {col})",
    P1D: "DATE_TRUNC('day', {col})",
    P1W: "DATE_TRUNC('week', {col})",
    P1M: "DATE_TRUNC('month', {col})",
    P3M: "DATE_TRUNC('quarter', {col})",
    P1Y: "DATE_TRUNC('year', {col})",
  },
  // Superset defines neither an epoch conversion nor literals for Exasol; these are
  // Exasol's own: FROM_POSIX_TIME, and typed literals at its default millisecond precision.
  epochToDttm: 'FROM_POSIX_TIME({col})',
  convertDttm(targetType, dttm) {
    const type = targetType.trim().toUpperCase();
    if (type === 'DATE') return `DATE '${isoDate(dttm)}'`;
    if (type.startsWith('TIMESTAMP')) return `TIMESTAMP '${isoDateTime(dttm, 'milliseconds')}'`;
    return null;
  },
  limitStyle: 'limit',
  maxColumnNameLength: 128,
  typeMappings: [[/^(hashtype|geometry)(\s*\(.*\))?$/i, GenericDataType.STRING]],
  // As Superset does, the server's own sentence is kept from its keyword on.
  errorPatterns: [
    {
      pattern: /authentication failed/i,
      code: 'CONNECTION_ACCESS_DENIED_ERROR',
      message: 'Exasol refused these credentials. Check the username and password.',
    },
    {
      pattern: /(?<message>syntax error[^\n]*)/i,
      code: 'SYNTAX_ERROR',
      message: '{message}',
    },
    {
      pattern: /(?<message>table [^\n]* does not exist[^\n]*)/i,
      code: 'TABLE_DOES_NOT_EXIST_ERROR',
      message: '{message}',
    },
    {
      // The keyword must open the diagnostic (not "object COLUMN not found") and be
      // followed by at most one, possibly qualified, identifier.
      pattern:
        /(?<message>(?<![\w"] )(?<![\w.$"])column(?: (?:"[^"\n]*"|[\w$]+)(?:\.(?:"[^"\n]*"|[\w$]+))*)? not found[^\n]*)/i,
      code: 'COLUMN_DOES_NOT_EXIST_ERROR',
      message: '{message}',
    },
    {
      pattern: /(?<message>insufficient privileges[^\n]*)/i,
      code: 'CONNECTION_DATABASE_PERMISSIONS_ERROR',
      message: '{message}',
    },
  ],
};

export const EXASOL_DIALECT = defineDialect(EXASOL_DIALECT_DEFINITION);
