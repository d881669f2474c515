import { pbkdf2Sync, scryptSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../app/test-support/test-app.js';
import { submitLoginForm } from '../../domains/session/test-support/session-client.js';
import { createUserRepository } from '../../domains/users/user.repository.js';

describe('logging in with a password hash imported from Superset', () => {
  let t: TestApp;
  beforeAll(async () => {
    // Six logins in a row: the login rate limit is not what this tests.
    t = await createTestApp({ overrides: { AUTH_RATE_LIMITED: false } });
  });
  afterAll(async () => t.close());

  const importUser = (username: string, hash: string) =>
    createUserRepository(t.metadataDb).create({
      username,
      first_name: 'Im',
      last_name: 'Ported',
      email: `${username}@example.org`,
      passwordHash: hash,
      active: true,
      roleNames: ['Gamma'],
    });

  it.each([
    [
      'pbkdf2',
      `pbkdf2:sha256:260000$SaLt16charsSaLt$${pbkdf2Sync('hunter2!', 'SaLt16charsSaLt', 260000, 32, 'sha256').toString('hex')}`,
    ],
    [
      'scrypt',
      `scrypt:32768:8:1$SaLt16charsSaLt$${scryptSync('hunter2!', 'SaLt16charsSaLt', 64, { N: 32768, r: 8, p: 1, maxmem: 64 * 1024 * 1024 }).toString('hex')}`,
    ],
  ])('accepts the %s hash once, then keeps working on argon2id', async (method, hash) => {
    const user = await importUser(`${method}-user`, hash);

    const wrong = await submitLoginForm(t.app, { username: user.username, password: 'hunter3!' });
    expect(wrong.response.statusCode).toBe(401);
    expect((await createUserRepository(t.metadataDb).getById(user.id)).password).toBe(hash);

    const first = await submitLoginForm(t.app, { username: user.username, password: 'hunter2!' });
    expect(first.response.statusCode).toBe(200);
    const stored = (await createUserRepository(t.metadataDb).getById(user.id)).password;
    expect(stored).toMatch(/^\$argon2id\$/);

    const again = await submitLoginForm(t.app, { username: user.username, password: 'hunter2!' });
    expect(again.response.statusCode).toBe(200);
  });
});
