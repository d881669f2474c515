import { pbkdf2Sync } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeOnEveryBackend } from '../../db/test-support/metadata-backends.js';
import {
  openScratchMetadataDb,
  type ScratchMetadataDb,
} from '../../db/test-support/scratch-metadata-db.js';
import { createUserRepository, type UserRepository } from '../../domains/users/user.repository.js';
import { hashPassword, verifyPassword } from './password-hasher.js';
import { rehashIfNeeded } from './rehash-if-needed.js';

/** A Werkzeug `pbkdf2:sha256` hash, as Superset stored passwords. */
function werkzeugHash(password: string, salt = 'ZsaltZsaltZsalt1'): string {
  const hex = pbkdf2Sync(password, salt, 1000, 32, 'sha256').toString('hex');
  return `pbkdf2:sha256:1000$${salt}$${hex}`;
}

describeOnEveryBackend('rehashIfNeeded', (backend) => {
  let scratch: ScratchMetadataDb;
  let users: UserRepository;
  beforeAll(async () => {
    scratch = await openScratchMetadataDb(backend);
    users = createUserRepository(scratch.db);
  });
  afterAll(async () => scratch.close());

  const newUser = (username: string, passwordHash: string | null) =>
    users.create({
      username,
      first_name: 'F',
      last_name: 'L',
      email: `${username}@example.org`,
      passwordHash,
      active: true,
      roleNames: [],
    });

  it('replaces an imported Werkzeug hash by argon2id that still accepts the password', async () => {
    const user = await newUser('imported', werkzeugHash('old secret'));
    expect(await rehashIfNeeded(users, user, 'old secret')).toBe(true);
    const stored = (await users.getById(user.id)).password ?? '';
    expect(stored).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(stored, 'old secret')).toBe(true);
  });

  it('leaves a current argon2id hash and a password-less user alone', async () => {
    const current = await newUser('current', await hashPassword('pw'));
    expect(await rehashIfNeeded(users, current, 'pw')).toBe(false);
    expect((await users.getById(current.id)).password).toBe(current.password);
    const external = await newUser('external', null);
    expect(await rehashIfNeeded(users, external, 'pw')).toBe(false);
    expect((await users.getById(external.id)).password).toBeNull();
  });
});
