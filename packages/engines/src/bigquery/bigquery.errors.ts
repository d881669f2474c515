import type { ErrorPattern } from '../spec/error-patterns.js';

/** BigQuery's messages, as Superset's `custom_errors` for BigQuery. */
export const BIGQUERY_ERROR_PATTERNS: readonly ErrorPattern[] = [
  {
    pattern:
      /Access Denied: Project (?<project_name>.+?): User does not have bigquery\.jobs\.create permission in project (?<project>.+?)\b/,
    code: 'CONNECTION_DATABASE_PERMISSIONS_ERROR',
    message:
      'Unable to connect. Verify that the following roles are set on the service account: "BigQuery Data Viewer", "BigQuery Metadata Viewer", "BigQuery Job User" and the following permissions are set "bigquery.readsessions.create", "bigquery.readsessions.getData".',
  },
  {
    pattern:
      /Table name "(?<table>.*?)" missing dataset while no default dataset is set in the request/,
    code: 'TABLE_DOES_NOT_EXIST_ERROR',
    message: 'The table "{table}" does not exist. A valid table must be used to run this query.',
  },
  {
    pattern: /Not found: Table (?<table>\S+?) was not found/,
    code: 'TABLE_DOES_NOT_EXIST_ERROR',
    message: 'The table "{table}" does not exist. A valid table must be used to run this query.',
  },
  {
    pattern: /Unrecognized name: (?<column>.*?) at \[(?<location>.+?)\]/,
    code: 'COLUMN_DOES_NOT_EXIST_ERROR',
    message: 'We can\'t seem to resolve column "{column}" at line {location}.',
  },
  {
    pattern: /Not found: Dataset (?<dataset>[^:\s]*?):(?<schema>\S*?) was not found in location/,
    code: 'SCHEMA_DOES_NOT_EXIST_ERROR',
    message: 'The schema "{schema}" does not exist. A valid schema must be used to run this query.',
  },
  {
    pattern: /Syntax error: Expected end of input but got identifier "(?<syntax_error>.+?)"/,
    code: 'SYNTAX_ERROR',
    message:
      'Please check your query for syntax errors at or near "{syntax_error}". Then, try running your query again.',
  },
];
