import type { ErrorPattern } from '../spec/error-patterns.js';

/** Messages of Apache Calcite's validator and parser, which Dremio and Kylin both surface. */
export const CALCITE_ERROR_PATTERNS: readonly ErrorPattern[] = [
  {
    pattern: /Object '(?<table_name>[^']+)' not found/,
    code: 'TABLE_DOES_NOT_EXIST_ERROR',
    message:
      'The table "{table_name}" does not exist. A valid table must be used to run this query.',
  },
  {
    pattern: /Column '(?<column_name>[^']+)' not found in (?:any table|table '[^']*')/,
    code: 'COLUMN_DOES_NOT_EXIST_ERROR',
    message: 'We can\'t seem to resolve the column "{column_name}".',
  },
  {
    pattern: /Encountered "(?<syntax_error>[^"]*)" at line (?<line>\d+), column (?<column>\d+)/,
    code: 'SYNTAX_ERROR',
    message:
      'Please check your query for syntax errors at or near "{syntax_error}" (line {line}, column {column}). Then, try running your query again.',
  },
];
