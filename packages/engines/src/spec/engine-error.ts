import { ERROR_CATALOGUE, type ErrorCode } from '@superset-ts/shared';

/**
 * An error from a database or a driver, classified into a catalogue code with a message a
 * user can act on. The message never holds a password or a connection string: build it from
 * the dialect's error patterns or `scrubSecrets`.
 */
export class EngineError extends Error {
  readonly code: ErrorCode;
  readonly extra: Readonly<Record<string, unknown>> | undefined;

  constructor(code: ErrorCode, message?: string, extra?: Record<string, unknown>) {
    super(message ?? ERROR_CATALOGUE[code].message);
    this.name = 'EngineError';
    this.code = code;
    this.extra = extra;
  }

  /** The HTTP status this error maps to. */
  get status(): number {
    return ERROR_CATALOGUE[this.code].status;
  }
}

const URI_CREDENTIALS = /([a-z][a-z0-9+.-]*:\/\/[^:/@\s]*:)[^@\s]*@/gi;

/** Removes passwords from any connection string inside a driver's message. */
export function scrubSecrets(
  message: string,
  secrets: readonly (string | undefined)[] = [],
): string {
  let scrubbed = message.replace(URI_CREDENTIALS, '$1XXXXXXXXXX@');
  for (const secret of secrets) {
    if (secret && secret.length >= 3) scrubbed = scrubbed.split(secret).join('XXXXXXXXXX');
  }
  return scrubbed;
}
