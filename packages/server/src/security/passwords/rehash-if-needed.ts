import type { UserRepository } from '../../domains/users/user.repository.js';
import { hashPassword, needsRehash } from './password-hasher.js';

/** The part of a user row a rehash looks at. */
export interface HashedUser {
  id: number;
  password: string | null;
}

/**
 * After a successful password login: when the stored hash is a Werkzeug hash (imported from
 * Superset) or argon2 with outdated parameters, store an argon2id hash of the password the
 * user just proved they know. Returns whether the hash was replaced. Call it only after
 * `verifyPassword` accepted `plain`.
 */
export async function rehashIfNeeded(
  users: Pick<UserRepository, 'updatePasswordHash'>,
  user: HashedUser,
  plain: string,
): Promise<boolean> {
  if (user.password === null || !needsRehash(user.password)) return false;
  await users.updatePasswordHash(user.id, await hashPassword(plain));
  return true;
}
