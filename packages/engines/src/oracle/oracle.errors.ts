import type { ErrorPattern } from '../spec/error-patterns.js';

/** Oracle's own ORA- messages for the failures a user can fix. */
export const ORACLE_ERROR_PATTERNS: readonly ErrorPattern[] = [
  {
    pattern: /ORA-01017/,
    code: 'CONNECTION_ACCESS_DENIED_ERROR',
    message: 'Either the username or the password is incorrect.',
  },
  {
    pattern: /ORA-(?:12514|12505)/,
    code: 'CONNECTION_UNKNOWN_DATABASE_ERROR',
    message: 'The listener does not know this service name or SID. Check the database name.',
  },
  {
    pattern: /ORA-00942: table or view (?<table_name>\S+) does not exist/,
    code: 'TABLE_DOES_NOT_EXIST_ERROR',
    message: 'The table {table_name} does not exist. A valid table must be used to run this query.',
  },
  {
    pattern: /ORA-00942/,
    code: 'TABLE_DOES_NOT_EXIST_ERROR',
    message:
      'A table or view in the query does not exist, or the user may not see it. A valid table must be used to run this query.',
  },
  {
    pattern: /ORA-00904: (?<column_name>.+?): invalid identifier/,
    code: 'COLUMN_DOES_NOT_EXIST_ERROR',
    message: "We can't seem to resolve the column {column_name}.",
  },
  {
    pattern: /ORA-(?:00900|00923|00933|00936)/,
    code: 'SYNTAX_ERROR',
    message: 'The query has a syntax error. Check it, then try running it again.',
  },
  {
    pattern: /ORA-01031/,
    code: 'CONNECTION_DATABASE_PERMISSIONS_ERROR',
    message: 'The database user lacks a privilege this query needs.',
  },
  {
    pattern: /ORA-01013/,
    code: 'QUERY_CANCELLED_ERROR',
    message: 'The query was stopped.',
  },
];
