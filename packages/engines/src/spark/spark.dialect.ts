import type { TimeGrain } from '@superset-ts/shared';
import { defineDialect } from '../spec/define-dialect.js';
import type { DialectDefinition } from '../spec/dialect.js';
import type { ErrorPattern } from '../spec/error-patterns.js';
import { HIVE_DIALECT_DEFINITION } from '../hive/hive.dialect.js';

/** Spark SQL truncates with date_trunc; Databricks uses the same table. */
export const SPARK_TIME_GRAINS: Readonly<Partial<Record<TimeGrain, string>>> = {
  PT1S: "date_trunc('second', {col})",
  PT1M: "date_trunc('minute', {col})",
  PT1H: "date_trunc('hour', {col})",
  P1D: "date_trunc('day', {col})",
  P1W: "date_trunc('week', {col})",
  P1M: "date_trunc('month', {col})",
  P3M: "date_trunc('quarter', {col})",
  P1Y: "date_trunc('year', {col})",
  'P1W/1970-01-03T00:00:00Z': "date_trunc('week', {col} + interval '1 day') + interval '5 days'",
  '1969-12-28T00:00:00Z/P1W': "date_trunc('week', {col} + interval '1 day') - interval '1 day'",
};

/**
 * Spark 3.4+ names its errors with a bracketed class (`[TABLE_OR_VIEW_NOT_FOUND]`);
 * older releases wrote plain sentences, kept last.
 */
export const SPARK_ERROR_PATTERNS: readonly ErrorPattern[] = [
  {
    pattern: /\[TABLE_OR_VIEW_NOT_FOUND\] The table or view (?<table_name>\S+) cannot be found/,
    code: 'TABLE_DOES_NOT_EXIST_ERROR',
    message: 'The table {table_name} does not exist. A valid table must be used to run this query.',
  },
  {
    pattern:
      /\[UNRESOLVED_COLUMN(?:\.\w+)?\] A column[^[]*? with name (?<column_name>\S+) cannot be resolved/,
    code: 'COLUMN_DOES_NOT_EXIST_ERROR',
    message: "We can't seem to resolve the column {column_name}.",
  },
  {
    pattern: /\[SCHEMA_NOT_FOUND\] The schema (?<schema_name>\S+) cannot be found/,
    code: 'SCHEMA_DOES_NOT_EXIST_ERROR',
    message:
      'The schema {schema_name} does not exist. A valid schema must be used to run this query.',
  },
  {
    pattern: /\[PARSE_SYNTAX_ERROR\] Syntax error at or near (?<syntax_error>'[^']*'|end of input)/,
    code: 'SYNTAX_ERROR',
    message:
      'Please check your query for syntax errors at or near {syntax_error}. Then, try running your query again.',
  },
  {
    pattern: /Table or view not found: (?<table_name>[^;\s]+)/,
    code: 'TABLE_DOES_NOT_EXIST_ERROR',
    message:
      'The table "{table_name}" does not exist. A valid table must be used to run this query.',
  },
];

/** Apache Spark SQL through the Spark Thrift Server: Hive's wire protocol and literals. */
export const SPARK_DIALECT_DEFINITION: DialectDefinition = {
  ...HIVE_DIALECT_DEFINITION,
  timeGrainExpressions: SPARK_TIME_GRAINS,
  errorPatterns: SPARK_ERROR_PATTERNS,
};

export const SPARK_DIALECT = defineDialect(SPARK_DIALECT_DEFINITION);
