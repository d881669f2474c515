import type { CurrentUser } from '@superset-ts/shared';
import { InvalidCredentialsError } from '../../errors/app-error.js';
import type { UserRepository } from '../users/user.repository.js';
import { rehashIfNeeded } from '../../security/passwords/rehash-if-needed.js';
import type { SessionRevocationRepository } from './session-revocation.repository.js';
import { presentCurrentUser } from './session.presenter.js';
import { isIssuedBeforeSessionsValidAfter } from '../../security/authentication/sessions-valid-after.js';

/** What logging in and out needs: the user store, the password hasher, the revocations. */
export interface SessionServiceDeps {
  users: UserRepository;
  revocations: SessionRevocationRepository;
  /** PERMANENT_SESSION_LIFETIME: how long a revocation must be kept. */
  lifetimeSeconds: number;
  hashPassword(plain: string): Promise<string>;
  verifyPassword(hash: string, plain: string): Promise<boolean>;
  /** AUTH_LDAP: the directory checks passwords instead of `ab_user` (providers/ldap). */
  ldapLogin?: ((username: string, password: string) => Promise<CurrentUser>) | undefined;
}

/**
 * Checks credentials for AUTH_DB. A wrong username, a wrong password and an inactive account
 * get the same error, and an unknown username still pays for one hash verification, so the
 * answer and its timing do not tell which usernames exist.
 */
export function createSessionService(deps: SessionServiceDeps) {
  let decoyHash: Promise<string> | undefined;
  const getDecoyHash = () => (decoyHash ??= deps.hashPassword('decoy-password-for-unknown-users'));

  const service = {
    /** The configured method's check: the directory under AUTH_LDAP, else `ab_user`. */
    async authenticate(username: string, password: string): Promise<CurrentUser> {
      if (deps.ldapLogin) return deps.ldapLogin(username, password);
      return service.authenticateDb(username, password);
    },

    /** The password stored in `ab_user` (the token API's provider "db", whatever AUTH_TYPE). */
    async authenticateDb(username: string, password: string): Promise<CurrentUser> {
      const user = await deps.users.findByUsername(username);
      if (!user) {
        await deps.verifyPassword(await getDecoyHash(), password);
        throw new InvalidCredentialsError();
      }
      // A user without a password (LDAP, OAuth) pays for a verification too, for the timing.
      const isValid =
        (await deps.verifyPassword(user.password ?? (await getDecoyHash()), password)) &&
        user.password !== null;
      if (!isValid || !user.active) {
        if (!isValid) await deps.users.recordFailedLogin(user.id);
        throw new InvalidCredentialsError();
      }
      // An imported Werkzeug hash (or outdated argon2) becomes current argon2id.
      await rehashIfNeeded(deps.users, user, password);
      await deps.users.recordLogin(user.id);
      return presentCurrentUser(user, await deps.users.listRoleNames(user.id));
    },

    /**
     * Logs a session out for good: its id is refused from now until the session would have
     * expired, so a copy of the cookie stops working too.
     */
    async logout(session: { sid: string; loggedInAt: number } | undefined): Promise<void> {
      if (!session) return;
      const expiresOn = new Date((session.loggedInAt + deps.lifetimeSeconds) * 1000);
      await deps.revocations.revoke(session.sid, expiresOn);
    },

    /**
     * Whether a session or token of `userId` issued at `issuedAtSeconds` still counts: the
     * account exists, is active, and its password has not changed (nor was it deactivated)
     * since.
     */
    async acceptsCredentialOf(userId: number, issuedAtSeconds: number): Promise<boolean> {
      const user = await deps.users.findById(userId);
      if (!user || !user.active) return false;
      return !isIssuedBeforeSessionsValidAfter(issuedAtSeconds, user.sessions_valid_after);
    },

    /** The user behind a session, or undefined when the account is gone or deactivated. */
    async findCurrentUser(userId: number): Promise<CurrentUser | undefined> {
      const user = await deps.users.findById(userId);
      if (!user || !user.active) return undefined;
      return presentCurrentUser(user, await deps.users.listRoleNames(user.id));
    },
  };
  return service;
}

export type SessionService = ReturnType<typeof createSessionService>;
