import { PASSWORD_MASK } from '@superset-ts/shared';
import {
  EngineError,
  formatSqlalchemyUri,
  parseSqlalchemyUri,
  type SqlalchemyUri,
} from '@superset-ts/engines';
import { AppError } from '../../errors/app-error.js';

/** A saved connection's URL (password masked) and its decrypted password. */
export interface StoredUri {
  maskedUri: string;
  password: string | null;
}

/** A submitted URL with the password it stands for, and the masked form to store and show. */
export interface AcceptedUri {
  /** The URL with the real password (the stored one when the mask was sent). */
  uri: SqlalchemyUri;
  /** `uri` with the password replaced by PASSWORD_MASK (or without one when there is none). */
  maskedUri: string;
}

const sameServer = (a: SqlalchemyUri, b: SqlalchemyUri) =>
  a.backend === b.backend &&
  a.driver === b.driver &&
  (a.host ?? '').toLowerCase() === (b.host ?? '').toLowerCase() &&
  a.port === b.port &&
  a.username === b.username;

/**
 * Parses a URL a user typed. A password with an unencoded `/`, `?` or `#` ends the host part
 * early, and the parser would quote the piece it read as a port: that piece is part of the
 * password, so such messages are replaced by one that quotes nothing.
 */
export function parseSubmittedUri(text: string): SqlalchemyUri {
  try {
    return parseSqlalchemyUri(text);
  } catch (error) {
    if (error instanceof EngineError && /"[^"]*"/.test(error.message)) {
      throw new EngineError(
        'INVALID_CONNECTION_STRING_ERROR',
        'The connection string is not valid: its host and port cannot be read. URL-encode special characters of the password (/ as %2F, ? as %3F, # as %23, @ as %40).',
      );
    }
    throw error;
  }
}

/** The masked text of a URL: what `sqlalchemy_uri` stores and every response shows. */
export function maskedUriOf(uri: SqlalchemyUri): string {
  return formatSqlalchemyUri(uri, { password: 'mask' });
}

/**
 * Reads a URL a user submitted. PASSWORD_MASK in place of the password keeps the stored
 * password, but only for the same server and user (backend, driver, host, port, username):
 * otherwise the mask could send a saved password to a host the caller chose, so the
 * password must be typed again.
 */
export function acceptSubmittedUri(text: string, stored: StoredUri | null): AcceptedUri {
  const submitted = parseSubmittedUri(text);
  if (submitted.password !== PASSWORD_MASK) {
    return { uri: submitted, maskedUri: maskedUriOf(submitted) };
  }
  const previous = stored ? parseSqlalchemyUri(stored.maskedUri) : null;
  if (!stored || !previous || !sameServer(previous, submitted)) {
    throw new AppError(
      'CONNECTION_MISSING_PARAMETERS_ERROR',
      'Enter the password again: the saved one is only kept for the same host, port and username.',
      { missing: ['password'] },
    );
  }
  const uri = { ...submitted, password: stored.password };
  return { uri, maskedUri: maskedUriOf(uri) };
}
