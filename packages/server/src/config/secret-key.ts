import { InsecureSecretKeyError } from './config-errors.js';
import type { Config } from './config-types.js';
import { DEFAULT_SECRET_KEY } from './keys/security.keys.js';

/** The shortest SECRET_KEY a production server accepts. */
export const MIN_SECRET_KEY_LENGTH = 32;

const HOW_TO_FIX = [
  'Generate a strong key with: openssl rand -base64 42',
  'Then set it as SECRET_KEY in superset_config (e.g. export const SECRET_KEY = "...") or in the SUPERSET_SECRET_KEY environment variable.',
  'Keep it stable: it encrypts the database passwords stored in the metadata database.',
].join('\n');

/**
 * Refuses a production start with the built-in or a short SECRET_KEY: it signs sessions and
 * encrypts stored passwords, so a guessable key hands both to anyone. The CLI decides when
 * production mode applies.
 */
export function assertProductionSecretKey(config: Pick<Config, 'SECRET_KEY'>): void {
  const key = config.SECRET_KEY;
  if (key === DEFAULT_SECRET_KEY) {
    throw new InsecureSecretKeyError(
      `Refusing to start: SECRET_KEY is still the built-in default.\n${HOW_TO_FIX}`,
    );
  }
  if (key.length < MIN_SECRET_KEY_LENGTH) {
    throw new InsecureSecretKeyError(
      `Refusing to start: SECRET_KEY has ${key.length} characters; at least ${MIN_SECRET_KEY_LENGTH} are needed.\n${HOW_TO_FIX}`,
    );
  }
}
