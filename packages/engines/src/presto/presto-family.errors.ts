import type { ErrorPattern } from '../spec/error-patterns.js';

/**
 * Messages of the Presto engine family (Presto, Trino and Athena, which runs them), as
 * Superset's `custom_errors` for Presto, widened to the quoted names Trino prints.
 */
export const PRESTO_FAMILY_ERROR_PATTERNS: readonly ErrorPattern[] = [
  {
    pattern: /line (?<location>[\d:]+): .*Column '(?<column_name>.+?)' cannot be resolved/,
    code: 'COLUMN_DOES_NOT_EXIST_ERROR',
    message: 'We can\'t seem to resolve the column "{column_name}" at line {location}.',
  },
  {
    pattern: /Schema '(?<schema_name>.+?)' does not exist/,
    code: 'SCHEMA_DOES_NOT_EXIST_ERROR',
    message:
      'The schema "{schema_name}" does not exist. A valid schema must be used to run this query.',
  },
  {
    pattern: /Catalog '(?<catalog_name>.+?)' (?:does not exist|not found)/,
    code: 'CONNECTION_UNKNOWN_DATABASE_ERROR',
    message: 'Unable to connect to catalog named "{catalog_name}".',
  },
  {
    pattern: /Table '?(?<table_name>[^'\s]+?)'? does not exist/,
    code: 'TABLE_DOES_NOT_EXIST_ERROR',
    message:
      'The table "{table_name}" does not exist. A valid table must be used to run this query.',
  },
  {
    pattern: /Access Denied: Invalid credentials/,
    code: 'CONNECTION_ACCESS_DENIED_ERROR',
    message: 'Either the username or the password is incorrect.',
  },
  {
    pattern: /mismatched input '(?<syntax_error>.*?)'/,
    code: 'SYNTAX_ERROR',
    message:
      'Please check your query for syntax errors at or near "{syntax_error}". Then, try running your query again.',
  },
  {
    pattern: /Query exceeded (?:the )?maximum (?:execution |run )?time limit of (?<limit>\S+)/,
    code: 'QUERY_TIMEOUT_ERROR',
    message: 'The query ran longer than the engine allows ({limit}) and was stopped.',
  },
  {
    pattern: /Query (?:was canceled|killed)/,
    code: 'QUERY_CANCELLED_ERROR',
    message: 'The query was stopped.',
  },
];
