import { GenericDataType } from '@superset-ts/shared';
import { defineDialect } from '../spec/define-dialect.js';
import type { DialectDefinition } from '../spec/dialect.js';
import { isoDateTime, sqlString } from '../spec/dttm-format.js';

const truncate = (unit: string) => `DATE_TRUNC('${unit}', {col})`;

/** Declared types DuckDB compares as text. */
const TEXT_LIKE = /^(varchar|text|string|bpchar|char|nvarchar|character)\b/i;
/** Types holding a date and a time (SQLAlchemy's DateTime family). */
const DATETIME_LIKE = /^(timestamp|datetime)/i;

/** DuckDB's SQL: PostgreSQL-like quoting and DATE_TRUNC, with its own epoch functions. */
export const DUCKDB_DIALECT_DEFINITION: DialectDefinition = {
  parserDialect: 'postgresql',
  identifierQuotes: ['"', '"'],
  timeGrainExpressions: {
    PT1S: truncate('second'),
    PT1M: truncate('minute'),
    PT1H: truncate('hour'),
    P1D: truncate('day'),
    P1W: truncate('week'),
    P1M: truncate('month'),
    P3M: truncate('quarter'),
    P1Y: truncate('year'),
  },
  // Superset writes SQLite's `datetime({col}, 'unixepoch')` here, which DuckDB has no
  // function for; these are DuckDB's own conversions.
  epochToDttm: 'to_timestamp({col})',
  epochMsToDttm: 'epoch_ms({col})',
  convertDttm(targetType, dttm) {
    const type = targetType.trim();
    if (TEXT_LIKE.test(type) || DATETIME_LIKE.test(type)) {
      return sqlString(isoDateTime(dttm, 'microseconds'));
    }
    return null;
  },
  limitStyle: 'limit',
  typeMappings: [
    // Lists (`INTEGER[]`) and fixed arrays (`INTEGER[3]`) show as text.
    [/\[\d*\]$/, GenericDataType.STRING],
    [/^u(tiny|small|big)?int(eger)?$/i, GenericDataType.NUMERIC],
    [/^(hugeint|uhugeint|varint|bignum)$/i, GenericDataType.NUMERIC],
    [/^(timestamptz|timetz|timestamp_(s|ms|ns))$/i, GenericDataType.TEMPORAL],
    [/^(bit|bitstring|union.*|varbinary)$/i, GenericDataType.STRING],
  ],
  errorPatterns: [
    {
      pattern: /no such column: (?<column_name>.+)/,
      code: 'COLUMN_DOES_NOT_EXIST_ERROR',
      message: 'We can\'t seem to resolve the column "{column_name}".',
    },
    {
      pattern: /Referenced column "(?<column_name>[^"]+)" not found/,
      code: 'COLUMN_DOES_NOT_EXIST_ERROR',
      message: 'We can\'t seem to resolve the column "{column_name}".',
    },
    {
      pattern: /[Ss]chema (?:with name )?"?(?<schema_name>[^"\s!]+)"? does not exist/,
      code: 'SCHEMA_DOES_NOT_EXIST_ERROR',
      message:
        'The schema "{schema_name}" does not exist. A valid schema must be used to run this query.',
    },
    {
      pattern: /Table with name "?(?<table_name>[^"\s!]+)"? does not exist/,
      code: 'TABLE_DOES_NOT_EXIST_ERROR',
      message:
        'The table "{table_name}" does not exist. A valid table must be used to run this query.',
    },
    {
      pattern: /syntax error at or near "(?<syntax_error>[^"]*)"/,
      code: 'SYNTAX_ERROR',
      message:
        'Please check your query for syntax errors at or near "{syntax_error}". Then, try running your query again.',
    },
    {
      pattern:
        /Cannot open database "(?<database>[^"]+)" in read-only mode: database does not exist/,
      code: 'CONNECTION_UNKNOWN_DATABASE_ERROR',
      message: 'Unable to open the DuckDB database: the file "{database}" does not exist.',
    },
    {
      pattern: /Cannot execute statement of type "(?<statement>[^"]+)".*read-only/,
      code: 'CONNECTION_DATABASE_PERMISSIONS_ERROR',
      message: 'This database is read-only here: a {statement} statement would change it.',
    },
    {
      pattern:
        /(?:file system operations are disabled|external extensions is disabled|configuration has been locked)/,
      code: 'CONNECTION_DATABASE_PERMISSIONS_ERROR',
      message:
        'DuckDB may not read or write files, load extensions or change its settings on this server.',
    },
    {
      pattern: /Could not set lock on file "(?<file>[^"]+)"/,
      code: 'CONNECTION_FAILED',
      message: 'The DuckDB file "{file}" is open in another process that writes to it.',
    },
  ],
};

export const DUCKDB_DIALECT = defineDialect(DUCKDB_DIALECT_DEFINITION);
