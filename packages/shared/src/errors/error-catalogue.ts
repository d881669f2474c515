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
} as const satisfies Record<string, { status: number; message: string }>;

/** A stable error code from the catalogue. */
export type ErrorCode = keyof typeof ERROR_CATALOGUE;

/** Severity of an error, as Superset's `ErrorLevel`. */
export type ErrorLevel = 'info' | 'warning' | 'error';
