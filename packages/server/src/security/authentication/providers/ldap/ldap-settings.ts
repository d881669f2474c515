import type { Config } from '../../../../config/index.js';

/** The AUTH_LDAP_* keys LDAP logins read (and AUTH_ROLES_MAPPING, to know if groups matter). */
export type LdapSettings = Pick<
  Config,
  | 'AUTH_LDAP_SERVER'
  | 'AUTH_LDAP_USE_TLS'
  | 'AUTH_LDAP_ALLOW_SELF_SIGNED'
  | 'AUTH_LDAP_TLS_CACERTFILE'
  | 'AUTH_LDAP_BIND_USER'
  | 'AUTH_LDAP_BIND_PASSWORD'
  | 'AUTH_LDAP_SEARCH'
  | 'AUTH_LDAP_SEARCH_FILTER'
  | 'AUTH_LDAP_UID_FIELD'
  | 'AUTH_LDAP_FIRSTNAME_FIELD'
  | 'AUTH_LDAP_LASTNAME_FIELD'
  | 'AUTH_LDAP_EMAIL_FIELD'
  | 'AUTH_LDAP_GROUP_FIELD'
  | 'AUTH_LDAP_USERNAME_FORMAT'
  | 'AUTH_LDAP_APPEND_DOMAIN'
  | 'AUTH_ROLES_MAPPING'
>;

/** A setting combination LDAP logins cannot work with, found when the app is built. */
export class LdapConfigError extends Error {
  override readonly name = 'LdapConfigError';
}

/**
 * Refuses, at start-up rather than at the first login, settings Flask-AppBuilder also
 * refuses: AUTH_TYPE = AUTH_LDAP without AUTH_LDAP_SERVER, and AUTH_LDAP_BIND_USER without
 * AUTH_LDAP_SEARCH (the search is what finds the user's DN).
 */
export function assertLdapSettings(settings: LdapSettings): void {
  if (!settings.AUTH_LDAP_SERVER) {
    throw new LdapConfigError('AUTH_TYPE is AUTH_LDAP but AUTH_LDAP_SERVER is not set.');
  }
  if (!/^ldaps?:\/\//i.test(settings.AUTH_LDAP_SERVER)) {
    throw new LdapConfigError(
      `AUTH_LDAP_SERVER must start with ldap:// or ldaps://, got "${settings.AUTH_LDAP_SERVER}".`,
    );
  }
  if (settings.AUTH_LDAP_BIND_USER && !settings.AUTH_LDAP_SEARCH) {
    throw new LdapConfigError('AUTH_LDAP_BIND_USER is set but AUTH_LDAP_SEARCH is not.');
  }
}
