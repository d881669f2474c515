import { GenericDataType } from '@superset-ts/shared';
import { defineDialect } from '../spec/define-dialect.js';
import type { DialectDefinition } from '../spec/dialect.js';
import { isoDate, isoDateTime } from '../spec/dttm-format.js';

/** Truncation to an n-unit bucket inside the next larger unit. */
const bucket = (outer: string, n: number, unit: string, field: string) =>
  `DATE_TRUNC('${outer}', {col}) + INTERVAL '${n} ${unit}' * FLOOR(EXTRACT(${field} FROM {col}) / ${n})`;

/** PostgreSQL's SQL, shared by the engines that speak it (Redshift, CockroachDB, Timescale, ...). */
export const POSTGRES_DIALECT_DEFINITION: DialectDefinition = {
  parserDialect: 'postgresql',
  identifierQuotes: ['"', '"'],
  timeGrainExpressions: {
    PT1S: "DATE_TRUNC('second', {col})",
    PT5S: bucket('minute', 5, 'seconds', 'SECOND'),
    PT30S: bucket('minute', 30, 'seconds', 'SECOND'),
    PT1M: "DATE_TRUNC('minute', {col})",
    PT5M: bucket('hour', 5, 'minutes', 'MINUTE'),
    PT10M: bucket('hour', 10, 'minutes', 'MINUTE'),
    PT15M: bucket('hour', 15, 'minutes', 'MINUTE'),
    PT30M: bucket('hour', 30, 'minutes', 'MINUTE'),
    PT1H: "DATE_TRUNC('hour', {col})",
    P1D: "DATE_TRUNC('day', {col})",
    P1W: "DATE_TRUNC('week', {col})",
    P1M: "DATE_TRUNC('month', {col})",
    P3M: "DATE_TRUNC('quarter', {col})",
    P1Y: "DATE_TRUNC('year', {col})",
  },
  epochToDttm: "(timestamp 'epoch' + {col} * interval '1 second')",
  convertDttm(targetType, dttm) {
    const type = targetType.trim().toUpperCase();
    if (type === 'DATE') return `TO_DATE('${isoDate(dttm)}', 'YYYY-MM-DD')`;
    if (type.startsWith('TIMESTAMP') || type === 'DATETIME') {
      return `TO_TIMESTAMP('${isoDateTime(dttm)}', 'YYYY-MM-DD HH24:MI:SS.US')`;
    }
    return null;
  },
  limitStyle: 'limit',
  maxColumnNameLength: 63,
  typeMappings: [
    [/^double precision/i, GenericDataType.NUMERIC],
    [/^(array|json|jsonb|enum).*/i, GenericDataType.STRING],
    [/^(timestamptz|timetz)$/i, GenericDataType.TEMPORAL],
    [/^(int2|int4|int8|float4|float8|oid)$/i, GenericDataType.NUMERIC],
    [/^(citext|name|inet|cidr|macaddr|xml|tsvector|bpchar)$/i, GenericDataType.STRING],
    [/\[\]$/, GenericDataType.STRING],
  ],
  errorPatterns: [
    {
      pattern: /role "(?<username>.*?)" does not exist/,
      code: 'CONNECTION_INVALID_USERNAME_ERROR',
      message: 'The username "{username}" does not exist.',
    },
    {
      pattern: /password authentication failed for user "(?<username>.*?)"/,
      code: 'CONNECTION_INVALID_PASSWORD_ERROR',
      message: 'The password provided for username "{username}" is incorrect.',
    },
    {
      pattern:
        /(?:no password supplied|client password must be a string|SASL: SCRAM-SERVER-FIRST-MESSAGE: client password)/,
      code: 'CONNECTION_ACCESS_DENIED_ERROR',
      message: 'The database asked for a password. Please re-enter the password.',
    },
    {
      pattern: /database "(?<database>.*?)" does not exist/,
      code: 'CONNECTION_UNKNOWN_DATABASE_ERROR',
      message: 'Unable to connect to database "{database}": it does not exist.',
    },
    {
      pattern: /column "(?<column_name>.+?)" does not exist/,
      code: 'COLUMN_DOES_NOT_EXIST_ERROR',
      message: 'We can\'t seem to resolve the column "{column_name}".',
    },
    {
      pattern: /relation "(?<table_name>.+?)" does not exist/,
      code: 'TABLE_DOES_NOT_EXIST_ERROR',
      message:
        'The table "{table_name}" does not exist. A valid table must be used to run this query.',
    },
    {
      pattern: /schema "(?<schema_name>.+?)" does not exist/,
      code: 'SCHEMA_DOES_NOT_EXIST_ERROR',
      message:
        'The schema "{schema_name}" does not exist. A valid schema must be used to run this query.',
    },
    {
      pattern: /syntax error at or near "(?<syntax_error>.*?)"/,
      code: 'SYNTAX_ERROR',
      message:
        'Please check your query for syntax errors at or near "{syntax_error}". Then, try running your query again.',
    },
    {
      pattern: /permission denied for (?:table|relation|schema|database) (?<object>\S+)/,
      code: 'CONNECTION_DATABASE_PERMISSIONS_ERROR',
      message: 'The database user may not read "{object}". Ask its owner for access.',
    },
    {
      pattern: /canceling statement due to statement timeout/,
      code: 'QUERY_TIMEOUT_ERROR',
      message: 'The query ran longer than the statement timeout and was stopped.',
    },
    {
      pattern: /canceling statement due to user request/,
      code: 'QUERY_CANCELLED_ERROR',
      message: 'The query was stopped.',
    },
    {
      pattern: /timeout exceeded when trying to connect/,
      code: 'CONNECTION_DATABASE_TIMEOUT',
      message: 'No connection to the database could be had in time. Check the host, or try again.',
    },
  ],
};

export const POSTGRES_DIALECT = defineDialect(POSTGRES_DIALECT_DEFINITION);
