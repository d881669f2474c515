import { ERROR_CATALOGUE, type ErrorCode } from '@superset-ts/shared';

/**
 * An error a caller can act on. Its `code` comes from the shared catalogue, which fixes the
 * HTTP status; its message is safe to show (never a secret, never a stack).
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly extra: Readonly<Record<string, unknown>> | undefined;

  constructor(code: ErrorCode, message?: string, extra?: Record<string, unknown>) {
    super(message ?? ERROR_CATALOGUE[code].message);
    this.name = 'AppError';
    this.code = code;
    this.extra = extra;
  }

  /** The HTTP status this error maps to. */
  get status(): number {
    return ERROR_CATALOGUE[this.code].status;
  }
}

/** A caller who is not logged in asked for something that needs a user. */
export class AuthenticationRequiredError extends AppError {
  constructor() {
    super('AUTHENTICATION_REQUIRED');
  }
}

/** A login was refused; the message is the same whether the user or the password was wrong. */
export class InvalidCredentialsError extends AppError {
  constructor() {
    super('INVALID_CREDENTIALS');
  }
}
