import { GenericDataType } from '@superset-ts/shared';
import { defineDialect } from '../spec/define-dialect.js';
import type { Dialect, DialectDefinition } from '../spec/dialect.js';
import { isoDate, isoDateTime } from '../spec/dttm-format.js';
import { unwrapClickHouseType } from './clickhouse-types.js';

/** Start of the n-second bucket, on whole epoch seconds. */
const bucket = (seconds: number) =>
  `toDateTime(intDiv(toUInt32(toDateTime({col})), ${seconds})*${seconds})`;

/**
 * Superset's ClickHouse type patterns, in its order: the first match decides, so
 * `Array(DateTime)` is text and `Nullable(Int32)` a number.
 */
const CLICKHOUSE_TYPE_MAPPINGS = [
  [/Enum/i, GenericDataType.STRING],
  [/Array/i, GenericDataType.STRING],
  [/UUID/i, GenericDataType.STRING],
  [/Bool/i, GenericDataType.BOOLEAN],
  [/String/i, GenericDataType.STRING],
  [/Int\d+/i, GenericDataType.NUMERIC],
  [/Decimal/i, GenericDataType.NUMERIC],
  [/DateTime/i, GenericDataType.TEMPORAL],
  [/Date/i, GenericDataType.TEMPORAL],
  [/^(IPv4|IPv6|Tuple.*|Map.*|Nested.*|Object.*|JSON)$/i, GenericDataType.STRING],
] as const;

/** ClickHouse's SQL: toStartOf* truncation, toDate/toDateTime literals, backquoted names. */
export const CLICKHOUSE_DIALECT_DEFINITION: DialectDefinition = {
  parserDialect: null,
  identifierQuotes: ['`', '`'],
  timeGrainExpressions: {
    PT1M: 'toStartOfMinute(toDateTime({col}))',
    PT5M: bucket(300),
    PT10M: bucket(600),
    PT15M: bucket(900),
    PT30M: bucket(1800),
    PT1H: 'toStartOfHour(toDateTime({col}))',
    P1D: 'toStartOfDay(toDateTime({col}))',
    P1W: 'toMonday(toDateTime({col}))',
    P1M: 'toStartOfMonth(toDateTime({col}))',
    P3M: 'toStartOfQuarter(toDateTime({col}))',
    P1Y: 'toStartOfYear(toDateTime({col}))',
  },
  // The grains wrap their column in toDateTime, which takes epoch seconds as they are.
  epochToDttm: '{col}',
  convertDttm(targetType, dttm) {
    const type = targetType.trim();
    const match = CLICKHOUSE_TYPE_MAPPINGS.find(([pattern]) => pattern.test(type));
    // No ClickHouse pattern matched: the generic TIMESTAMP still means a date and time.
    const isTemporal = match ? match[1] === GenericDataType.TEMPORAL : /^timestamp/i.test(type);
    if (!isTemporal) return null;
    return /DateTime|^timestamp/i.test(type)
      ? `toDateTime('${isoDateTime(dttm, 'seconds')}')`
      : `toDate('${isoDate(dttm)}')`;
  },
  limitStyle: 'limit',
  typeMappings: CLICKHOUSE_TYPE_MAPPINGS,
  errorPatterns: [
    {
      pattern: /Wrong password for user (?<username>[^\s,]+)/,
      code: 'CONNECTION_INVALID_PASSWORD_ERROR',
      message: 'The password provided for username "{username}" is incorrect.',
    },
    {
      pattern: /Unknown user (?<username>[^\s,]+)/,
      code: 'CONNECTION_INVALID_USERNAME_ERROR',
      message: 'The username "{username}" does not exist.',
    },
    {
      pattern: /Authentication failed|password is incorrect, or there is no user/,
      code: 'CONNECTION_ACCESS_DENIED_ERROR',
      message: 'ClickHouse refused the username or the password.',
    },
    {
      pattern: /Database (?<database>\S+?) (?:doesn't|does not) exist/,
      code: 'CONNECTION_UNKNOWN_DATABASE_ERROR',
      message: 'The database "{database}" does not exist.',
    },
    {
      pattern: /Table (?<table_name>\S+?) (?:doesn't|does not) exist/,
      code: 'TABLE_DOES_NOT_EXIST_ERROR',
      message:
        'The table "{table_name}" does not exist. A valid table must be used to run this query.',
    },
    ...[
      /Missing columns: '(?<column_name>[^']+)'/,
      /Unknown identifier: (?<column_name>[^\s,]+?)[.,]?(?:\s|$)/,
      /Unknown expression identifier [`'](?<column_name>[^`']+)[`']/,
    ].map((pattern) => ({
      pattern,
      code: 'COLUMN_DOES_NOT_EXIST_ERROR' as const,
      message: 'We can\'t seem to resolve the column "{column_name}".',
    })),
    {
      pattern: /Syntax error: failed at position (?<position>\d+)/,
      code: 'SYNTAX_ERROR',
      message:
        'Please check your query for syntax errors at position {position}. Then, try running your query again.',
    },
    {
      pattern: /in readonly mode|Cannot execute query in readonly mode|Not enough privileges/,
      code: 'CONNECTION_DATABASE_PERMISSIONS_ERROR',
      message:
        'This connection may only read: the statement would change data or settings, or use a table function.',
    },
    {
      pattern: /Timeout exceeded: elapsed/,
      code: 'QUERY_TIMEOUT_ERROR',
      message: 'The query ran longer than the time limit and was stopped.',
    },
    {
      pattern: /Query was cancell?ed/,
      code: 'QUERY_CANCELLED_ERROR',
      message: 'The query was stopped.',
    },
  ],
};

const BASE_DIALECT = defineDialect(CLICKHOUSE_DIALECT_DEFINITION);

/** The dialect; a type's generic kind is that of the type inside Nullable/LowCardinality. */
export const CLICKHOUSE_DIALECT: Dialect = {
  ...BASE_DIALECT,
  genericType: (nativeType) => BASE_DIALECT.genericType(unwrapClickHouseType(nativeType)),
};
