import { pbkdf2Sync, randomInt, scryptSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { needsRehash, verifyPassword } from './password-hasher.js';
import { parseWerkzeugHash, verifyWerkzeugHash } from './werkzeug-hash.js';

const SALT_CHARS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** A 16-character salt from Werkzeug's alphabet, as `gen_salt(16)` makes one. */
function werkzeugSalt(): string {
  return Array.from({ length: 16 }, () => SALT_CHARS[randomInt(SALT_CHARS.length)]).join('');
}

/**
 * What Werkzeug's `generate_password_hash(password, method)` writes, following its documented
 * format `method$salt$hex`: pbkdf2_hmac(digest, password, salt, iterations) with the digest's
 * own length, or scrypt(password, salt, n, r, p) with 64 bytes.
 */
function werkzeugHash(password: string, method: string): string {
  const salt = werkzeugSalt();
  const [name, ...args] = method.split(':');
  if (name === 'pbkdf2') {
    const digest = args[0] ?? 'sha256';
    const length = { sha1: 20, sha256: 32, sha512: 64 }[digest] ?? 32;
    const hex = pbkdf2Sync(password, salt, Number(args[1]), length, digest).toString('hex');
    return `${method}$${salt}$${hex}`;
  }
  const [n, r, p] = args.map(Number) as [number, number, number];
  const key = scryptSync(password, salt, 64, { N: n, r, p, maxmem: 132 * n * r * p + 2 ** 20 });
  return `${method}$${salt}$${key.toString('hex')}`;
}

describe('Werkzeug password hashes (imported from Superset)', () => {
  it.each([
    'pbkdf2:sha256:600000',
    'pbkdf2:sha256:260000',
    'pbkdf2:sha1:150000',
    'pbkdf2:sha512:50000',
    'scrypt:32768:8:1',
    'scrypt:16384:8:2',
  ])('accepts the right password and refuses a wrong one for %s', async (method) => {
    const hash = werkzeugHash('correct horse ünïcode', method);
    expect(await verifyPassword(hash, 'correct horse ünïcode')).toBe(true);
    expect(await verifyPassword(hash, 'correct horse unicode')).toBe(false);
    expect(await verifyPassword(hash, '')).toBe(false);
    expect(needsRehash(hash)).toBe(true);
  });

  // Hashes written by Werkzeug's generate_password_hash itself (Werkzeug 2.x pbkdf2 default
  // and Werkzeug 3.x scrypt default), taken from seed data in public repositories.
  it.each([
    [
      'pbkdf2:sha256:260000$L4JeW3FGzU8c1iNh$d6599504b0c2243b5ddaa9998a638ff403cc30283e7d69e3a0f1fb93c50ad5b9',
      '1234',
    ],
    [
      'pbkdf2:sha256:260000$7dfUoYrnI6Ko3mDu$0c86e80f77259c2b6589c36e6f63ce323ecc28a96f05f72814406b4d5e1bb4e4',
      'ADMIN',
    ],
    [
      'scrypt:32768:8:1$ghJgr04UK5bhvvrj$a7aca761cf924a2d266cafe164c7d42b9bc3a1839cddfcbe70f105b7741e48d272a83fe977872b55d7a03efa4dbe0ca71e4433790ad0d6efb3a0b0b0c4019aa9',
      '123456',
    ],
  ])('verifies the literal Werkzeug hash %s', async (hash, password) => {
    expect(await verifyPassword(hash, password)).toBe(true);
    expect(await verifyPassword(hash, `${password}x`)).toBe(false);
  });

  it('fills in Werkzeug defaults for a method named without parameters', () => {
    expect(parseWerkzeugHash('pbkdf2$abc$00ff')).toMatchObject({
      kind: 'pbkdf2',
      digest: 'sha256',
      iterations: 600_000,
    });
    expect(parseWerkzeugHash('scrypt$abc$00ff')).toMatchObject({ n: 32768, r: 8, p: 1 });
  });

  it.each([
    ['plain text', 'plain$$default'],
    ['md5 (retired by Werkzeug)', 'md5$$c21f969b5f03d33d43e04f8f136e7682'],
    ['an unknown digest', 'pbkdf2:md4:1000$salt$00ff'],
    ['zero iterations', 'pbkdf2:sha256:0$salt$00ff'],
    ['a non-hex digest', 'pbkdf2:sha256:1000$salt$zz'],
    ['an empty salt', 'pbkdf2:sha256:1000$$00ff'],
    ['a missing part', 'pbkdf2:sha256:1000$00ff'],
    ['iterations meant to stall the server', 'pbkdf2:sha256:999999999$salt$00ff'],
    ['scrypt memory meant to exhaust the server', 'scrypt:1048576:64:16$salt$00ff'],
  ])('refuses %s without throwing', async (_label, hash) => {
    expect(parseWerkzeugHash(hash)).toBeUndefined();
    expect(await verifyWerkzeugHash(hash, 'default')).toBe(false);
    expect(await verifyPassword(hash, 'default')).toBe(false);
  });
});
