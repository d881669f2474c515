import type { CurrentUser } from '@superset-ts/shared';
import { InvalidCredentialsError } from '../../errors/app-error.js';
import type { UserRepository } from '../users/user.repository.js';
import { presentCurrentUser } from './session.presenter.js';

/** What logging in needs: the user store and the password hasher. */
export interface SessionServiceDeps {
  users: UserRepository;
  hashPassword(plain: string): Promise<string>;
  verifyPassword(hash: string, plain: string): Promise<boolean>;
}

/**
 * Checks credentials for AUTH_DB. A wrong username, a wrong password and an inactive account
 * get the same error, and an unknown username still pays for one hash verification, so the
 * answer and its timing do not tell which usernames exist.
 */
export function createSessionService(deps: SessionServiceDeps) {
  let decoyHash: Promise<string> | undefined;
  const getDecoyHash = () => (decoyHash ??= deps.hashPassword('decoy-password-for-unknown-users'));

  return {
    async authenticate(username: string, password: string): Promise<CurrentUser> {
      const user = await deps.users.findByUsername(username);
      if (!user) {
        await deps.verifyPassword(await getDecoyHash(), password);
        throw new InvalidCredentialsError();
      }
      const isValid = await deps.verifyPassword(user.password ?? '', password);
      if (!isValid || !user.active) {
        if (!isValid) await deps.users.recordFailedLogin(user.id);
        throw new InvalidCredentialsError();
      }
      await deps.users.recordLogin(user.id);
      return presentCurrentUser(user, await deps.users.listRoleNames(user.id));
    },

    /** The user behind a session, or undefined when the account is gone or deactivated. */
    async findCurrentUser(userId: number): Promise<CurrentUser | undefined> {
      const user = await deps.users.findById(userId);
      if (!user || !user.active) return undefined;
      return presentCurrentUser(user, await deps.users.listRoleNames(user.id));
    },
  };
}

export type SessionService = ReturnType<typeof createSessionService>;
