import type { LdapSettings } from '../ldap-settings.js';
import {
  LDAP_ADMIN_DN,
  LDAP_ADMIN_PASSWORD,
  PEOPLE_BASE,
  loadDirectory,
  startSlapd,
  type LdapPerson,
  type TestSlapd,
} from './slapd.js';

/** The people of the LDAP tests: Alice, with a mail address, and Bob, without one. */
export const ALICE_AND_BOB: readonly LdapPerson[] = [
  {
    uid: 'alice',
    password: 'alice-pw',
    givenName: 'Alice',
    sn: 'Liddell',
    mail: 'alice@example.org',
  },
  { uid: 'bob', password: 'bob-pw', givenName: 'Bob', sn: 'Builder' },
];

/**
 * Starts a slapd holding Alice, Bob and `groups` (group cn -> member uids). The server is
 * stopped again when loading the directory fails.
 */
export async function startSlapdWithAliceAndBob(
  groups: Readonly<Record<string, readonly string[]>>,
): Promise<TestSlapd> {
  const slapd = await startSlapd();
  try {
    await loadDirectory(slapd.url, ALICE_AND_BOB, groups);
  } catch (error) {
    await slapd.stop();
    throw error;
  }
  return slapd;
}

/** The settings that point the search flow at a test slapd: bind as its admin, search ou=people. */
export function directorySearchSettings(
  slapd: TestSlapd,
): Pick<
  LdapSettings,
  'AUTH_LDAP_SERVER' | 'AUTH_LDAP_BIND_USER' | 'AUTH_LDAP_BIND_PASSWORD' | 'AUTH_LDAP_SEARCH'
> {
  return {
    AUTH_LDAP_SERVER: slapd.url,
    AUTH_LDAP_BIND_USER: LDAP_ADMIN_DN,
    AUTH_LDAP_BIND_PASSWORD: LDAP_ADMIN_PASSWORD,
    AUTH_LDAP_SEARCH: PEOPLE_BASE,
  };
}
