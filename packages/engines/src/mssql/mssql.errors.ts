import type { ErrorPattern } from '../spec/error-patterns.js';

/** Messages SQL Server itself returns (whatever the client) and the tedious driver adds. */
export const MSSQL_ERROR_PATTERNS: readonly ErrorPattern[] = [
  {
    pattern: /Login failed for user '(?<username>.*?)'/,
    code: 'CONNECTION_ACCESS_DENIED_ERROR',
    message: 'Either the username "{username}", the password, or the database name is incorrect.',
  },
  {
    pattern: /Cannot open database "(?<database>.*?)" requested by the login/,
    code: 'CONNECTION_UNKNOWN_DATABASE_ERROR',
    message:
      'Unable to connect to database "{database}": it does not exist or the login may not use it.',
  },
  {
    pattern: /Invalid object name '(?<table_name>.+?)'/,
    code: 'TABLE_DOES_NOT_EXIST_ERROR',
    message:
      'The table "{table_name}" does not exist. A valid table must be used to run this query.',
  },
  {
    pattern: /Invalid column name '(?<column_name>.+?)'/,
    code: 'COLUMN_DOES_NOT_EXIST_ERROR',
    message: 'We can\'t seem to resolve the column "{column_name}".',
  },
  {
    pattern: /Incorrect syntax near (?:the keyword )?'(?<syntax_error>.+?)'/,
    code: 'SYNTAX_ERROR',
    message:
      'Please check your query for syntax errors at or near "{syntax_error}". Then, try running your query again.',
  },
  {
    pattern: /The (?<permission>\w+) permission was denied on the object '(?<object>.+?)'/,
    code: 'CONNECTION_DATABASE_PERMISSIONS_ERROR',
    message: 'The database user lacks the {permission} permission on "{object}".',
  },
  {
    pattern: /No column name was specified for column \d+ of '(?<alias>.+?)'/,
    code: 'GENERIC_DB_ENGINE_ERROR',
    message:
      'SQL Server needs an alias for every computed column, for example: SELECT COUNT(*) AS c1 FROM table1.',
  },
  {
    pattern: /Failed to connect to (?<hostname>[^\s:]+):(?<port>\d+) in \d+ms/,
    code: 'CONNECTION_HOST_DOWN_ERROR',
    message: 'The host "{hostname}" might be down, and can\'t be reached on port {port}.',
  },
];
