import { hash, parseOptions, verify, type Algorithm, type Version } from '@node-rs/argon2';
import { isWerkzeugHash, verifyWerkzeugHash } from './werkzeug-hash.js';

/**
 * The binding declares its enums as ambient `const enum`s and exports them empty at run
 * time, so the values are spelled here (Argon2id = 2, version 0x13 = 1).
 */
const ARGON2ID: Algorithm.Argon2id = 2;
const VERSION_0X13: Version.V0x13 = 1;

/** Current parameters: OWASP's argon2id baseline (19 MiB, 2 passes, 1 lane). */
const CURRENT_PARAMETERS = {
  algorithm: ARGON2ID,
  version: VERSION_0X13,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
  outputLen: 32,
} as const;

/** Hashes a password with argon2id, as a PHC string (`$argon2id$v=19$m=...`). */
export function hashPassword(plain: string): Promise<string> {
  return hash(plain, CURRENT_PARAMETERS);
}

/**
 * Whether `plain` matches `hash`: an argon2 PHC string, or a Werkzeug `pbkdf2:`/`scrypt:` hash
 * as Superset stores them (users imported from a Superset metadata database keep working).
 * False, never an exception, for a wrong password and for a hash this code cannot read.
 */
export async function verifyPassword(hash: string, plain: string): Promise<boolean> {
  if (isWerkzeugHash(hash)) return verifyWerkzeugHash(hash, plain);
  if (!hash.startsWith('$argon2')) return false;
  try {
    return await verify(hash, plain);
  } catch {
    return false;
  }
}

/**
 * True when `hash` is not argon2id with the current parameters (a Werkzeug hash, older argon2
 * settings, or unreadable): replace it at the next successful login (see `rehashIfNeeded`).
 */
export function needsRehash(hash: string): boolean {
  try {
    const used = parseOptions(hash);
    return (
      used.algorithm !== CURRENT_PARAMETERS.algorithm ||
      used.version !== CURRENT_PARAMETERS.version ||
      used.memoryCost !== CURRENT_PARAMETERS.memoryCost ||
      used.timeCost !== CURRENT_PARAMETERS.timeCost ||
      used.parallelism !== CURRENT_PARAMETERS.parallelism ||
      used.outputLen !== CURRENT_PARAMETERS.outputLen
    );
  } catch {
    return true;
  }
}
