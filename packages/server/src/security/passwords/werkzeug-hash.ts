import { pbkdf2, scrypt, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';

const pbkdf2Async = promisify(pbkdf2);
const scryptAsync = promisify(scrypt) as (
  password: string,
  salt: string,
  keyLength: number,
  options: { N: number; r: number; p: number; maxmem: number },
) => Promise<Buffer>;

/** Werkzeug's defaults when a hash names its method without parameters. */
const PBKDF2_DEFAULT_ITERATIONS = 600_000;
const SCRYPT_DEFAULTS = { n: 2 ** 15, r: 8, p: 1 } as const;
/** Werkzeug's scrypt output length in bytes. */
const SCRYPT_KEY_LENGTH = 64;

/** Digests Werkzeug's pbkdf2 accepts here, with their output length in bytes. */
const PBKDF2_DIGESTS: Readonly<Record<string, number>> = { sha1: 20, sha256: 32, sha512: 64 };

/**
 * Bounds that keep a crafted hash from costing the server too much: Werkzeug's own defaults
 * sit well inside them (pbkdf2 600,000 iterations; scrypt n=32768, r=8, p=1, about 32 MiB).
 */
const MAX_PBKDF2_ITERATIONS = 10_000_000;
const MAX_SCRYPT_MEMORY_BYTES = 256 * 1024 * 1024;

/** A Werkzeug hash (`generate_password_hash`) read into its parts. */
export type WerkzeugHash =
  | { kind: 'pbkdf2'; digest: string; iterations: number; salt: string; hex: string }
  | { kind: 'scrypt'; n: number; r: number; p: number; salt: string; hex: string };

function positiveInteger(text: string | undefined, fallback: number): number | undefined {
  if (text === undefined) return fallback;
  if (!/^[1-9][0-9]{0,9}$/.test(text)) return undefined;
  return Number(text);
}

/** `Omit` applied to each member of a union. */
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** A hash's method part: a WerkzeugHash without its salt and digest. */
type WerkzeugMethod = DistributiveOmit<WerkzeugHash, 'salt' | 'hex'>;

function parseMethod(method: string): WerkzeugMethod | undefined {
  const [name, ...args] = method.split(':');
  if (name === 'pbkdf2' && args.length <= 2) {
    const digest = args[0] ?? 'sha256';
    const iterations = positiveInteger(args[1], PBKDF2_DEFAULT_ITERATIONS);
    if (!(digest in PBKDF2_DIGESTS) || iterations === undefined) return undefined;
    if (iterations > MAX_PBKDF2_ITERATIONS) return undefined;
    return { kind: 'pbkdf2', digest, iterations };
  }
  if (name === 'scrypt' && args.length <= 3) {
    const n = positiveInteger(args[0], SCRYPT_DEFAULTS.n);
    const r = positiveInteger(args[1], SCRYPT_DEFAULTS.r);
    const p = positiveInteger(args[2], SCRYPT_DEFAULTS.p);
    if (n === undefined || r === undefined || p === undefined) return undefined;
    if (scryptMemory(n, r, p) > MAX_SCRYPT_MEMORY_BYTES) return undefined;
    return { kind: 'scrypt', n, r, p };
  }
  return undefined;
}

/** The memory limit Werkzeug passes to scrypt for these parameters (`132 * n * r * p`). */
function scryptMemory(n: number, r: number, p: number): number {
  return 132 * n * r * p;
}

/**
 * Reads `method$salt$hex` as Werkzeug writes it: `pbkdf2:<digest>:<iterations>` (sha1,
 * sha256 or sha512) or `scrypt:<n>:<r>:<p>`. Undefined for anything else, including
 * Werkzeug's retired `plain`, `md5` and salted-HMAC methods, which are not worth trusting.
 */
export function parseWerkzeugHash(hash: string): WerkzeugHash | undefined {
  const parts = hash.split('$');
  if (parts.length !== 3) return undefined;
  const [method = '', salt = '', hex = ''] = parts;
  if (salt.length === 0 || !/^(?:[0-9a-f]{2})+$/.test(hex)) return undefined;
  const parsed = parseMethod(method);
  return parsed && { ...parsed, salt, hex };
}

/** True when `hash` looks like a Werkzeug hash this module can check. */
export function isWerkzeugHash(hash: string): boolean {
  return parseWerkzeugHash(hash) !== undefined;
}

async function derive(hash: WerkzeugHash, plain: string): Promise<Buffer> {
  // Werkzeug feeds both the password and the salt text to the KDF as UTF-8 bytes.
  if (hash.kind === 'pbkdf2') {
    const length = PBKDF2_DIGESTS[hash.digest] ?? 32;
    return pbkdf2Async(plain, hash.salt, hash.iterations, length, hash.digest);
  }
  return scryptAsync(plain, hash.salt, SCRYPT_KEY_LENGTH, {
    N: hash.n,
    r: hash.r,
    p: hash.p,
    // Node's default limit (32 MiB) is just below what n=32768, r=8 needs.
    maxmem: scryptMemory(hash.n, hash.r, hash.p) + 1024 * 1024,
  });
}

/**
 * Checks `plain` against a Werkzeug hash (what Superset and Flask-AppBuilder store in
 * `ab_user.password`), comparing in constant time. False for a wrong password and for a hash
 * it cannot read; never throws.
 */
export async function verifyWerkzeugHash(hash: string, plain: string): Promise<boolean> {
  const parsed = parseWerkzeugHash(hash);
  if (!parsed) return false;
  try {
    const expected = Buffer.from(parsed.hex, 'hex');
    const actual = await derive(parsed, plain);
    return actual.length === expected.length && timingSafeEqual(actual, expected);
  } catch {
    return false;
  }
}
