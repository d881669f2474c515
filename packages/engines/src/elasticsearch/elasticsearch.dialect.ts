import { GenericDataType } from '@superset-ts/shared';
import { defineDialect } from '../spec/define-dialect.js';
import type { Dialect, DialectDefinition } from '../spec/dialect.js';
import { isoDateTime } from '../spec/dttm-format.js';
import { isVersionAtLeast } from '../spec/server-version.js';
import { limitWithTrailingClause } from '../spec/trailing-limit.js';

const trunc = (unit: string) => `DATE_TRUNC('${unit}', {col})`;

/** Superset's types that take a moment literal in ES SQL: DATETIME and TIMESTAMP. */
const isDateTimeType = (targetType: string) => /^\s*(datetime|timestamp)/i.test(targetType);

/**
 * Elasticsearch SQL (Superset's `ElasticSearchEngineSpec`). Index names and patterns such
 * as `logs-*` are quoted identifiers; there are no joins and no subqueries, so a row limit
 * is a trailing LIMIT rather than a wrapping SELECT.
 */
export const ELASTICSEARCH_DIALECT_DEFINITION: DialectDefinition = {
  parserDialect: null,
  identifierQuotes: ['"', '"'],
  timeGrainExpressions: {
    PT1S: trunc('second'),
    PT1M: trunc('minute'),
    PT1H: trunc('hour'),
    P1D: trunc('day'),
    P1W: trunc('week'),
    P1M: trunc('month'),
    P1Y: trunc('year'),
  },
  // ES SQL reads a number cast to DATETIME as milliseconds since the epoch.
  epochToDttm: 'CAST({col} * 1000 AS DATETIME)',
  epochMsToDttm: 'CAST({col} AS DATETIME)',
  convertDttm(targetType, dttm) {
    if (!isDateTimeType(targetType)) return null;
    return `CAST('${isoDateTime(dttm, 'seconds', 'T')}' AS DATETIME)`;
  },
  limitStyle: 'limit',
  wrapLimit: limitWithTrailingClause,
  typeMappings: [
    [/^(long|unsigned_long|short|byte|half_float|scaled_float)$/i, GenericDataType.NUMERIC],
    [
      /^(keyword|constant_keyword|wildcard|text|ip|version|object|nested)$/i,
      GenericDataType.STRING,
    ],
    [/^(geo_point|geo_shape|point|shape)$/i, GenericDataType.STRING],
  ],
  errorPatterns: [
    {
      pattern: /Unknown index \[(?<table_name>.+?)\]/,
      code: 'TABLE_DOES_NOT_EXIST_ERROR',
      message:
        'The index "{table_name}" does not exist. A valid index or index pattern must be used to run this query.',
    },
    {
      pattern: /Unknown column \[(?<column_name>.+?)\]/,
      code: 'COLUMN_DOES_NOT_EXIST_ERROR',
      message: 'We can\'t seem to resolve the column "{column_name}".',
    },
    {
      pattern: /line (?<location>[\d:]+): mismatched input '(?<syntax_error>.*?)'/,
      code: 'SYNTAX_ERROR',
      message:
        'Please check your query for syntax errors at or near "{syntax_error}". Then, try running your query again.',
    },
    {
      pattern: /unable to authenticate user \[(?<username>.*?)\]/,
      code: 'CONNECTION_ACCESS_DENIED_ERROR',
      message: 'Either the username "{username}" or the password is incorrect.',
    },
    {
      pattern: /action \[(?<action>[^\]]+)\] is unauthorized for user \[(?<username>.*?)\]/,
      code: 'CONNECTION_DATABASE_PERMISSIONS_ERROR',
      message: 'The user "{username}" may not run {action}. Ask for the SQL privileges.',
    },
  ],
};

export const ELASTICSEARCH_DIALECT = defineDialect(ELASTICSEARCH_DIALECT_DEFINITION);

/**
 * Elasticsearch SQL for a server version (`extra.version`): from 7.8 on a moment is parsed
 * with DATETIME_PARSE, which honours the time zone setting, where CAST does not.
 */
export function elasticsearchDialectForVersion(version: string | undefined): Dialect {
  if (isVersionAtLeast(version, '7.8') !== true) return ELASTICSEARCH_DIALECT;
  return defineDialect({
    ...ELASTICSEARCH_DIALECT_DEFINITION,
    convertDttm(targetType, dttm) {
      if (!isDateTimeType(targetType)) return null;
      return `DATETIME_PARSE('${isoDateTime(dttm, 'seconds')}', 'yyyy-MM-dd HH:mm:ss')`;
    },
  });
}
