/**
 * The one catalogue of error codes. Each code has a stable name (kept from Superset's
 * `SupersetErrorType` where Superset has one), the HTTP status it maps to, and a safe
 * message a user can act on. The server's error handler turns a typed error into a
 * response from this table; nothing else chooses a status or a message for an error.
 */
export const ERROR_CATALOGUE = {
  GENERIC_BACKEND_ERROR: { status: 500, message: 'An unexpected error occurred.' },
  INVALID_PAYLOAD_SCHEMA_ERROR: { status: 400, message: 'The request is not valid.' },
  INVALID_PAYLOAD_FORMAT_ERROR: { status: 400, message: 'The request body could not be read.' },
  RESOURCE_NOT_FOUND: { status: 404, message: 'Not found.' },
  METHOD_NOT_ALLOWED: { status: 405, message: 'Method not allowed.' },
  PAYLOAD_TOO_LARGE: { status: 413, message: 'The request is too large.' },
  RATE_LIMIT_EXCEEDED: { status: 429, message: 'Too many requests. Try again in a moment.' },
  AUTHENTICATION_REQUIRED: { status: 401, message: 'You need to log in.' },
  INVALID_CREDENTIALS: { status: 401, message: 'Invalid username or password.' },
  OAUTH_LOGIN_FAILED: {
    status: 401,
    message: 'Signing in with the identity provider failed. Try again or ask an administrator.',
  },
  OAUTH_STATE_INVALID: {
    status: 400,
    message: 'This sign-in attempt expired or was started in another browser. Sign in again.',
  },
  IDENTITY_PROVIDER_UNREACHABLE: {
    status: 503,
    message: 'The sign-in service could not be reached. Try again later.',
  },
  ACCESS_DENIED: { status: 403, message: 'You do not have permission to do this.' },
  USER_ALREADY_EXISTS: { status: 409, message: 'A user with that username or email exists.' },
  ROLE_ALREADY_EXISTS: { status: 409, message: 'A role with this name already exists.' },
  BUILTIN_ROLE_PROTECTED: { status: 400, message: 'Built-in roles cannot be renamed or deleted.' },
  LOCKOUT_REFUSED: { status: 400, message: 'This change would lock you out of user management.' },
  CSRF_TOKEN_INVALID: { status: 400, message: 'The CSRF token is missing or invalid.' },
  INVALID_TOKEN: { status: 401, message: 'The token is invalid or has expired.' },
  AUTH_PROVIDER_UNAVAILABLE: {
    status: 400,
    message: 'This sign-in provider is not enabled on this server.',
  },
  SERVICE_UNAVAILABLE: { status: 503, message: 'The server is shutting down or not ready.' },

  // Databases and engines (Superset's SupersetErrorType names where it has one).
  GENERIC_DB_ENGINE_ERROR: { status: 422, message: 'The database returned an error.' },
  CONNECTION_INVALID_USERNAME_ERROR: {
    status: 422,
    message: 'The username is not known to the database. Check the username.',
  },
  CONNECTION_INVALID_PASSWORD_ERROR: {
    status: 422,
    message: 'The password was refused by the database. Check the password.',
  },
  CONNECTION_ACCESS_DENIED_ERROR: {
    status: 422,
    message: 'The database refused these credentials. Check the username and password.',
  },
  CONNECTION_INVALID_HOSTNAME_ERROR: {
    status: 422,
    message: 'The hostname could not be resolved. Check the host name.',
  },
  CONNECTION_INVALID_PORT_ERROR: {
    status: 422,
    message: 'The port must be a whole number between 0 and 65535.',
  },
  CONNECTION_PORT_CLOSED_ERROR: {
    status: 422,
    message: 'Nothing answered on that port. Check the host and port.',
  },
  CONNECTION_HOST_DOWN_ERROR: {
    status: 422,
    message: 'The host did not answer. Check that it is up and reachable.',
  },
  CONNECTION_UNKNOWN_DATABASE_ERROR: {
    status: 422,
    message: 'The database does not exist on that server. Check the database name.',
  },
  CONNECTION_DATABASE_PERMISSIONS_ERROR: {
    status: 422,
    message: 'The database user lacks a permission this needs.',
  },
  CONNECTION_MISSING_PARAMETERS_ERROR: {
    status: 422,
    message: 'Some connection parameters are missing.',
  },
  CONNECTION_DATABASE_TIMEOUT: {
    status: 422,
    message: 'The database did not answer in time. Check the host, or try again.',
  },
  CONNECTION_FAILED: { status: 422, message: 'Could not connect to the database.' },
  COLUMN_DOES_NOT_EXIST_ERROR: { status: 400, message: 'A column in the query does not exist.' },
  TABLE_DOES_NOT_EXIST_ERROR: { status: 400, message: 'A table in the query does not exist.' },
  SCHEMA_DOES_NOT_EXIST_ERROR: { status: 400, message: 'A schema in the query does not exist.' },
  SYNTAX_ERROR: { status: 400, message: 'The query has a syntax error.' },
  QUERY_TIMEOUT_ERROR: {
    status: 408,
    message: 'The query ran longer than the time limit and was stopped.',
  },
  QUERY_CANCELLED_ERROR: { status: 400, message: 'The query was stopped.' },
  INVALID_CONNECTION_STRING_ERROR: {
    status: 400,
    message:
      'The connection string is not valid. It usually looks like backend+driver://user:password@host:port/database.',
  },
  UNKNOWN_CONNECTION_PARAMETER: {
    status: 400,
    message: 'The connection string has a parameter this engine does not accept.',
  },
  UNKNOWN_ENGINE_ERROR: { status: 400, message: 'No engine is known for this connection string.' },
  DRIVER_NOT_INSTALLED_ERROR: {
    status: 422,
    message: "This engine's driver is not installed on the server.",
  },
  ENGINE_CLIENT_UNAVAILABLE_ERROR: {
    status: 422,
    message:
      'This engine can be described but not queried from this server: it has no Node client.',
  },
  DATABASE_SECURITY_ACCESS_ERROR: {
    status: 400,
    message: 'This database cannot be used as a data source for security reasons.',
  },
  DATABASE_ALREADY_EXISTS: {
    status: 422,
    message: 'A database with the same name already exists.',
  },
  DATABASE_IN_USE: {
    status: 422,
    message: 'This database has datasets: delete them before the database.',
  },
  ENCRYPTED_FIELD_UNREADABLE: {
    status: 500,
    message:
      'A stored secret could not be decrypted: the SECRET_KEY changed. Run superset re-encrypt-secrets.',
  },

  // SQL Lab execution (Superset's SupersetErrorType names).
  SQLLAB_TIMEOUT_ERROR: {
    status: 408,
    message:
      'The query ran past the SQL Lab time limit and was stopped. Run it asynchronously or make it faster.',
  },
  RESULTS_BACKEND_NOT_CONFIGURED_ERROR: {
    status: 500,
    message: 'No results backend is configured, so results cannot be kept for later.',
  },
  RESULTS_BACKEND_ERROR: {
    status: 410,
    message: 'The results are no longer available. Run the query again.',
  },
  RESULTS_BACKEND_UNAVAILABLE_ERROR: {
    status: 503,
    message:
      'The results backend did not answer, so the results cannot be read or kept. Try again later, or ask an administrator to check RESULTS_BACKEND.',
  },
  SQLLAB_QUERY_NOT_ALLOWED_ERROR: {
    status: 400,
    message: 'This database is not available in SQL Lab.',
  },

  // SQL Lab statement checks and rewrites (Superset's SupersetErrorType names).
  DML_NOT_ALLOWED_ERROR: {
    status: 400,
    message:
      'Only SELECT statements are allowed against this database. Ask an administrator to allow DML if the query must change data.',
  },
  INVALID_SQL_ERROR: { status: 400, message: 'The SQL could not be parsed.' },
  INVALID_CTAS_QUERY_ERROR: {
    status: 400,
    message:
      'CREATE TABLE AS needs a query whose last statement is a SELECT. End the query with a SELECT and run it again.',
  },
  INVALID_CVAS_QUERY_ERROR: {
    status: 400,
    message:
      'CREATE VIEW AS needs a query made of exactly one SELECT statement. Remove the other statements and run it again.',
  },

  // SQL templating (Superset's names where it has one).
  INVALID_TEMPLATE_PARAMS_ERROR: {
    status: 400,
    message:
      'The query contains malformed template syntax. Check that each expression is surrounded by double braces, e.g. {{ ds }}, and each block is closed, then run it again.',
  },
  MISSING_TEMPLATE_PARAMS_ERROR: {
    status: 400,
    message:
      'The query uses template parameters that are not defined. Set them in the template parameters, or correct their names, then run it again.',
  },
  TEMPLATE_RENDER_ERROR: {
    status: 400,
    message: 'The SQL template could not be rendered. Fix the expression the message names.',
  },
  TEMPLATE_TIMEOUT_ERROR: {
    status: 400,
    message:
      'The SQL template took longer than the time limit to render. Remove long loops or large ranges from it.',
  },

  // SQL Lab validation and cost estimates.
  SQL_VALIDATOR_NOT_CONFIGURED_ERROR: {
    status: 400,
    message: 'No SQL validator is configured for this database engine (SQL_VALIDATORS_BY_ENGINE).',
  },
  QUERY_COST_ESTIMATE_UNAVAILABLE_ERROR: {
    status: 400,
    message: 'A cost estimate is not available for this database.',
  },

  // Datasets (Superset's DatasetNotFoundError, DatasetForbiddenError, DatasetInvalidError, ...).
  DATASET_NOT_FOUND: { status: 404, message: 'The dataset does not exist, or you may not see it.' },
  DATASOURCE_SECURITY_ACCESS_ERROR: {
    status: 403,
    message:
      "You do not have access to this dataset's data. Ask an administrator for access to the dataset, its schema or its database.",
  },
  DATASET_FORBIDDEN: {
    status: 403,
    message: 'Only an owner of this dataset or an admin may change it.',
  },
  DATASET_ALREADY_EXISTS: {
    status: 422,
    message: 'A dataset of this table already exists in this database and schema.',
  },
  DATASET_INVALID: { status: 422, message: 'The dataset is not valid.' },

  // Chart data post-processing and result formats.
  INVALID_POST_PROCESSING_ERROR: {
    status: 400,
    message: 'A post-processing step of the query is not valid. Check its operation and options.',
  },
  POST_PROCESSING_ERROR: {
    status: 400,
    message: 'A post-processing step could not be applied to the query result.',
  },

  // Chart data API (POST /api/v1/chart/data).
  ADHOC_SQL_NOT_ALLOWED_ERROR: {
    status: 403,
    message:
      'This chart query contains free-text SQL (a custom SQL metric or column, or a WHERE/HAVING clause), which needs SQL Lab access to its database. Use saved metrics and simple filters, or ask an administrator for access.',
  },
  CHART_DATA_QUERY_FAILED_ERROR: {
    status: 400,
    message:
      'The chart query failed in the database. Give an administrator the error id to find the details in the server log.',
  },
  CHART_QUERY_CONTEXT_MISSING_ERROR: {
    status: 400,
    message: 'This chart has no saved query context. Open it in Explore and save it again.',
  },
  // Chart queries (Superset's QueryObjectValidationError, QueryClauseValidationException,
  // ADHOC_SUBQUERY_NOT_ALLOWED_ERROR and TimeRangeParseFailError).
  QUERY_OBJECT_VALIDATION_ERROR: {
    status: 400,
    message: "The chart's query is not valid. Check its columns, metrics and filters.",
  },
  INVALID_SQL_CLAUSE_ERROR: {
    status: 400,
    message:
      'A custom SQL expression is not valid: it must be one expression, without semicolons or unbalanced parentheses.',
  },
  ADHOC_SUBQUERY_NOT_ALLOWED_ERROR: {
    status: 400,
    message: 'Custom SQL fields cannot contain sub-queries.',
  },
  TIME_RANGE_PARSE_ERROR: {
    status: 400,
    message: 'The time range could not be read. Use "Last week", "No filter" or "<start> : <end>".',
  },

  // Row level security (Superset answers 422 for unknown roles or datasets and a taken name).
  RLS_RULE_INVALID: {
    status: 422,
    message: 'The row level security rule is not valid. Check its roles and datasets.',
  },
  RLS_RULE_ALREADY_EXISTS: {
    status: 422,
    message: 'A row level security rule with this name already exists. Choose another name.',
  },

  // Dashboards (Superset answers 422 for a taken slug or unknown charts, owners and roles).
  DASHBOARD_INVALID: {
    status: 422,
    message: 'The dashboard is not valid. Check its charts, owners and roles.',
  },
  DASHBOARD_SLUG_EXISTS: {
    status: 422,
    message: 'Another dashboard already has this slug. Choose another slug.',
  },
} as const satisfies Record<string, { status: number; message: string }>;

/** A stable error code from the catalogue. */
export type ErrorCode = keyof typeof ERROR_CATALOGUE;

/** Severity of an error, as Superset's `ErrorLevel`. */
export type ErrorLevel = 'info' | 'warning' | 'error';
