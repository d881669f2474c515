import { readFile } from 'node:fs/promises';
import { isIP } from 'node:net';
import type { ConnectionOptions } from 'node:tls';
import { Client, InvalidCredentialsError as LdapInvalidCredentials, type Entry } from 'ldapts';
import { AppError, InvalidCredentialsError } from '../../../../errors/app-error.js';
import type { ExternalIdentity } from '../external-identity.js';
import { escapeDnValue, escapeFilterValue, fillPercentTemplate } from './ldap-escape.js';
import type { LdapSettings } from './ldap-settings.js';

/** How long one LDAP connection attempt or operation may take. */
const LDAP_TIMEOUT_MS = 10_000;

/** Where LDAP problems an operator must fix are reported (a Fastify or pino logger fits). */
export interface LdapLog {
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

const silentLog: LdapLog = { warn: () => undefined, error: () => undefined };

/** An identity from LDAP, and whether it carries the entry's details (a search found it). */
export interface LdapIdentity extends ExternalIdentity {
  isFromDirectoryEntry: boolean;
}

/** The server refused the bind of AUTH_LDAP_BIND_USER: a configuration problem, not the user's. */
class ServiceBindError extends Error {}

/**
 * TLS settings for the server: its certificate is checked against the system CAs, or only
 * AUTH_LDAP_TLS_CACERTFILE, and against the server's host name (a StartTLS upgrade would
 * otherwise check it against "localhost"), unless AUTH_LDAP_ALLOW_SELF_SIGNED.
 */
async function tlsOptionsFor(settings: LdapSettings, url: string): Promise<ConnectionOptions> {
  const ca = settings.AUTH_LDAP_TLS_CACERTFILE
    ? await readFile(settings.AUTH_LDAP_TLS_CACERTFILE)
    : undefined;
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
  return {
    host,
    // SNI carries names only, never addresses.
    ...(isIP(host) === 0 ? { servername: host } : {}),
    rejectUnauthorized: !settings.AUTH_LDAP_ALLOW_SELF_SIGNED,
    ...(ca ? { ca } : {}),
  };
}

/** Values of `field` in `entry` as text, matching the attribute name case-insensitively. */
function valuesOf(entry: Entry, field: string): string[] {
  const key = Object.keys(entry).find((name) => name.toLowerCase() === field.toLowerCase());
  const raw = key === undefined || key === 'dn' ? [] : entry[key];
  const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  return list.map((value) => value.toString()).filter((value) => value.length > 0);
}

/** The filter that finds `username`: `(&<AUTH_LDAP_SEARCH_FILTER>(<uid>=<escaped name>))`. */
export function userSearchFilter(settings: LdapSettings, username: string): string {
  const match = `(${settings.AUTH_LDAP_UID_FIELD}=${escapeFilterValue(username)})`;
  return settings.AUTH_LDAP_SEARCH_FILTER
    ? `(&${settings.AUTH_LDAP_SEARCH_FILTER}${match})`
    : match;
}

/**
 * The name a direct bind uses: the user name with AUTH_LDAP_APPEND_DOMAIN (`name@domain`, for
 * Active Directory) and then AUTH_LDAP_USERNAME_FORMAT (`uid=%s,ou=people,...`) applied. In a
 * DN template the name is escaped, so it cannot add DN components.
 */
export function directBindName(settings: LdapSettings, username: string): string {
  let name = username;
  if (settings.AUTH_LDAP_APPEND_DOMAIN) name = `${name}@${settings.AUTH_LDAP_APPEND_DOMAIN}`;
  const format = settings.AUTH_LDAP_USERNAME_FORMAT;
  if (!format) return name;
  return fillPercentTemplate(format, format.includes('=') ? escapeDnValue(name) : name);
}

/** The one entry the search finds for `username`; none, or more than one, is a failed login. */
async function findUserEntry(client: Client, settings: LdapSettings, username: string) {
  const attributes = [
    settings.AUTH_LDAP_FIRSTNAME_FIELD,
    settings.AUTH_LDAP_LASTNAME_FIELD,
    settings.AUTH_LDAP_EMAIL_FIELD,
    ...(Object.keys(settings.AUTH_ROLES_MAPPING).length > 0
      ? [settings.AUTH_LDAP_GROUP_FIELD]
      : []),
  ];
  const { searchEntries } = await client.search(settings.AUTH_LDAP_SEARCH ?? '', {
    scope: 'sub',
    filter: userSearchFilter(settings, username),
    attributes,
  });
  return searchEntries.length === 1 ? searchEntries[0] : undefined;
}

/** Flask-AppBuilder's "indirect" flow: bind as AUTH_LDAP_BIND_USER, find the DN, bind as it. */
async function searchThenBind(
  client: Client,
  settings: LdapSettings,
  username: string,
  password: string,
): Promise<Entry> {
  try {
    await client.bind(settings.AUTH_LDAP_BIND_USER ?? '', settings.AUTH_LDAP_BIND_PASSWORD ?? '');
  } catch (error) {
    if (error instanceof LdapInvalidCredentials) throw new ServiceBindError();
    throw error;
  }
  const entry = await findUserEntry(client, settings, username);
  if (!entry) throw new InvalidCredentialsError();
  await client.bind(entry.dn, password);
  return entry;
}

/** The "direct" flow: bind with the formatted user name, then search when AUTH_LDAP_SEARCH is set. */
async function bindThenSearch(
  client: Client,
  settings: LdapSettings,
  username: string,
  password: string,
): Promise<Entry | undefined> {
  await client.bind(directBindName(settings, username), password);
  if (!settings.AUTH_LDAP_SEARCH) return undefined;
  const entry = await findUserEntry(client, settings, username);
  if (!entry) throw new InvalidCredentialsError();
  return entry;
}

function identityFrom(settings: LdapSettings, username: string, entry: Entry | undefined) {
  const first = (field: string) => (entry ? (valuesOf(entry, field)[0] ?? '') : '');
  return {
    username,
    first_name: first(settings.AUTH_LDAP_FIRSTNAME_FIELD),
    last_name: first(settings.AUTH_LDAP_LASTNAME_FIELD),
    email: first(settings.AUTH_LDAP_EMAIL_FIELD),
    groups: entry ? valuesOf(entry, settings.AUTH_LDAP_GROUP_FIELD) : [],
    isFromDirectoryEntry: entry !== undefined,
  };
}

/**
 * Checks a user name and password against the directory (AUTH_TYPE = AUTH_LDAP), following
 * Flask-AppBuilder: with AUTH_LDAP_BIND_USER, bind as it, search AUTH_LDAP_SEARCH for the user
 * and bind as the DN found; without it, bind directly (AUTH_LDAP_USERNAME_FORMAT,
 * AUTH_LDAP_APPEND_DOMAIN). AUTH_LDAP_USE_TLS upgrades with StartTLS; an ldaps:// server is
 * TLS from the start. Throws InvalidCredentialsError for a wrong password, an unknown or
 * ambiguous user and an empty password (which LDAP would treat as an anonymous bind), and
 * AppError IDENTITY_PROVIDER_UNREACHABLE when the server cannot be used (logged for operators).
 */
export async function authenticateLdap(
  settings: LdapSettings,
  username: string,
  password: string,
  log: LdapLog = silentLog,
): Promise<LdapIdentity> {
  if (username.length === 0 || password.length === 0) throw new InvalidCredentialsError();
  const url = settings.AUTH_LDAP_SERVER ?? '';
  const tlsOptions = await tlsOptionsFor(settings, url);
  const client = new Client({
    url,
    timeout: LDAP_TIMEOUT_MS,
    connectTimeout: LDAP_TIMEOUT_MS,
    // ldapts speaks TLS from the start whenever it is given TLS options: only for ldaps://.
    ...(/^ldaps:/i.test(url) ? { tlsOptions } : {}),
    strictDN: false,
  });
  try {
    if (settings.AUTH_LDAP_USE_TLS) await client.startTLS(tlsOptions);
    const entry = settings.AUTH_LDAP_BIND_USER
      ? await searchThenBind(client, settings, username, password)
      : await bindThenSearch(client, settings, username, password);
    return identityFrom(settings, username, entry);
  } catch (error) {
    if (error instanceof AppError) throw error;
    if (error instanceof LdapInvalidCredentials) throw new InvalidCredentialsError();
    if (error instanceof ServiceBindError) {
      log.error(
        {},
        'LDAP: AUTH_LDAP_BIND_USER / AUTH_LDAP_BIND_PASSWORD were refused by the server',
      );
    } else {
      log.error(
        { err: error, server: settings.AUTH_LDAP_SERVER },
        'LDAP login could not reach the server',
      );
    }
    throw new AppError('IDENTITY_PROVIDER_UNREACHABLE');
  } finally {
    await client.unbind().catch(() => undefined);
  }
}
