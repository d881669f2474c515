import type { CurrentUser } from '@superset-ts/shared';
import { InvalidCredentialsError } from '../../../errors/app-error.js';
import { presentCurrentUser } from '../../../domains/session/session.presenter.js';
import { UserAlreadyExistsError } from '../../../domains/users/user.errors.js';
import { isUniqueViolation } from '../../../domains/users/unique-violation.js';
import type { UserRecord, UserRepository } from '../../../domains/users/user.repository.js';
import type { ExternalIdentity } from './external-identity.js';
import { roleNamesFor, type RegistrationSettings } from './registration-settings.js';

/** What a provider knows beyond the identity, which decides what may be done with it. */
export interface ExternalLoginOptions {
  /**
   * The identity carries the person's details and groups (LDAP found their entry, OAuth
   * answered), so an unknown user may be registered and roles may be synced from groups.
   * False for a direct LDAP bind without AUTH_LDAP_SEARCH, where only the name is known.
   */
  hasDirectoryDetails: boolean;
  /** Whether AUTH_ROLES_SYNC_AT_LOGIN applies: false for a proxy, which sends no groups. */
  canSyncRoles: boolean;
}

type Users = Pick<
  UserRepository,
  | 'findByUsername'
  | 'create'
  | 'recordLogin'
  | 'listRoleNames'
  | 'setRoles'
  | 'findExistingRoleNames'
>;

/** The login of a person an external provider vouched for, as a service. */
export interface ExternalLogin {
  /**
   * Finds the user by username; registers them (AUTH_USER_REGISTRATION) with
   * AUTH_USER_REGISTRATION_ROLE plus the roles AUTH_ROLES_MAPPING gives their groups; resyncs
   * roles when AUTH_ROLES_SYNC_AT_LOGIN; records the login. An unknown user without
   * registration, or an inactive one, gets the same InvalidCredentialsError as a wrong
   * password, so the answer does not tell which accounts exist.
   */
  loginExternalUser(
    identity: ExternalIdentity,
    options: ExternalLoginOptions,
  ): Promise<CurrentUser>;
}

/** The external login service over the user store and the registration settings. */
export function createExternalLogin(deps: {
  users: Users;
  settings: RegistrationSettings;
}): ExternalLogin {
  const { users, settings } = deps;

  // Mapped roles that do not exist are skipped, as Flask-AppBuilder does (it logs them).
  const existingRolesFor = async (identity: ExternalIdentity) =>
    users.findExistingRoleNames(roleNamesFor(identity.groups, settings));

  const register = async (identity: ExternalIdentity): Promise<UserRecord> => {
    try {
      return await users.create({
        username: identity.username,
        first_name: identity.first_name,
        last_name: identity.last_name,
        email: identity.email || `${identity.username}@email.notfound`,
        passwordHash: null,
        active: true,
        roleNames: await existingRolesFor(identity),
      });
    } catch (error) {
      const isTaken = error instanceof UserAlreadyExistsError || isUniqueViolation(error);
      if (!isTaken) throw error;
      // Two first logins at once: the other one registered the user (the check before the
      // insert, or the unique index, tells).
      const winner = await users.findByUsername(identity.username);
      // An e-mail address another account holds: refuse rather than merge two people.
      if (!winner) throw new InvalidCredentialsError();
      return winner;
    }
  };

  return {
    async loginExternalUser(identity, options) {
      if (identity.username.length === 0) throw new InvalidCredentialsError();
      let user = await users.findByUsername(identity.username);
      if (user && !user.active) throw new InvalidCredentialsError();
      if (!user) {
        if (!settings.isRegistrationEnabled || !options.hasDirectoryDetails) {
          throw new InvalidCredentialsError();
        }
        user = await register(identity);
      } else if (
        settings.isRoleSyncAtLogin &&
        options.canSyncRoles &&
        options.hasDirectoryDetails
      ) {
        await users.setRoles(user.id, await existingRolesFor(identity));
      }
      await users.recordLogin(user.id);
      return presentCurrentUser(user, await users.listRoleNames(user.id));
    },
  };
}
