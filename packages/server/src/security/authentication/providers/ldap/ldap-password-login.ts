import type { CurrentUser } from '@superset-ts/shared';
import { InvalidCredentialsError } from '../../../../errors/app-error.js';
import type { UserRepository } from '../../../../domains/users/user.repository.js';
import type { ExternalLogin } from '../login-external-user.js';
import { authenticateLdap, type LdapLog } from './ldap-authenticator.js';
import { assertLdapSettings, type LdapSettings } from './ldap-settings.js';

/** A username-and-password check that answers the logged-in user (as `POST /login/` needs). */
export type PasswordLogin = (username: string, password: string) => Promise<CurrentUser>;

/** What an LDAP password login needs. */
export interface LdapPasswordLoginDeps {
  settings: LdapSettings;
  users: Pick<UserRepository, 'findByUsername' | 'recordFailedLogin'>;
  externalLogin: ExternalLogin;
  log: LdapLog;
}

/**
 * AUTH_LDAP's password login: the directory checks the password (`authenticateLdap`), then the
 * user is found, registered or resynced (`loginExternalUser`). A refused password counts as a
 * failed login of a known user, as with AUTH_DB. Throws LdapConfigError at once for settings
 * that cannot work, so a misconfigured server refuses to start.
 */
export function createLdapPasswordLogin(deps: LdapPasswordLoginDeps): PasswordLogin {
  assertLdapSettings(deps.settings);
  return async (username, password) => {
    try {
      const identity = await authenticateLdap(deps.settings, username, password, deps.log);
      return await deps.externalLogin.loginExternalUser(identity, {
        hasDirectoryDetails: identity.isFromDirectoryEntry,
        canSyncRoles: identity.isFromDirectoryEntry,
      });
    } catch (error) {
      if (error instanceof InvalidCredentialsError) {
        const known = await deps.users.findByUsername(username);
        if (known) await deps.users.recordFailedLogin(known.id);
      }
      throw error;
    }
  };
}
