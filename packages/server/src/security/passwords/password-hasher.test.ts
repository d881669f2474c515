import { hash } from '@node-rs/argon2';
import { describe, expect, it } from 'vitest';
import { hashPassword, needsRehash, verifyPassword } from './password-hasher.js';

describe('password hasher', () => {
  it('hashes with argon2id and verifies the same password', async () => {
    const hashed = await hashPassword('correct horse battery staple');
    expect(hashed).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(hashed, 'correct horse battery staple')).toBe(true);
    expect(needsRehash(hashed)).toBe(false);
  });

  it('salts: the same password hashes differently each time', async () => {
    expect(await hashPassword('same')).not.toBe(await hashPassword('same'));
  });

  it('rejects a wrong password', async () => {
    const hashed = await hashPassword('right');
    expect(await verifyPassword(hashed, 'wrong')).toBe(false);
  });

  it.each([
    '',
    'not a hash',
    '$argon2id$v=19$m=19456,t=2,p=1$broken',
    'pbkdf2:sha256:260000$salt$0123456789abcdef',
  ])('returns false, without throwing, for the unreadable hash %j', async (malformed) => {
    expect(await verifyPassword(malformed, 'anything')).toBe(false);
    expect(needsRehash(malformed)).toBe(true);
  });

  it('asks to rehash argon2 hashes made with other parameters', async () => {
    expect(needsRehash(await hash('pw', { timeCost: 3 }))).toBe(true);
    expect(needsRehash(await hash('pw', { algorithm: 1 }))).toBe(true);
  });
});
