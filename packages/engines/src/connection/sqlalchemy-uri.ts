import { PASSWORD_MASK } from '@superset-ts/shared';
import { EngineError } from '../spec/engine-error.js';

/** A SQLAlchemy URL taken apart: `backend+driver://user:password@host:port/database?query`. */
export interface SqlalchemyUri {
  backend: string;
  driver: string | null;
  username: string | null;
  password: string | null;
  host: string | null;
  port: number | null;
  /** Everything after the first `/` of the path, decoded (a file path for file engines). */
  database: string | null;
  query: ReadonlyArray<readonly [string, string]>;
}

const SCHEME =
  /^(?<backend>[A-Za-z][A-Za-z0-9_-]*)(?:\+(?<driver>[A-Za-z0-9_.-]+))?:\/\/(?<rest>.*)$/s;

function invalid(detail: string): EngineError {
  return new EngineError(
    'INVALID_CONNECTION_STRING_ERROR',
    `The connection string is not valid: ${detail}. It usually looks like backend+driver://user:password@host:port/database.`,
  );
}

function decode(part: string, what: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    throw invalid(`the ${what} is not correctly URL-encoded`);
  }
}

function parseHostPort(hostPort: string): { host: string | null; port: number | null } {
  if (hostPort === '') return { host: null, port: null };
  const match = /^(?<host>\[[^\]]+\]|[^:]*)(?::(?<port>[^:]*))?$/.exec(hostPort);
  if (!match?.groups) throw invalid('the host and port cannot be read');
  const { host: written = '', port } = match.groups;
  // An IPv6 address is bracketed only to set it apart from the port, as SQLAlchemy reads it.
  const host = written.startsWith('[') ? written.slice(1, -1) : written;
  if (port === undefined || port === '') return { host: host || null, port: null };
  if (!/^\d{1,5}$/.test(port) || Number(port) > 65535)
    throw invalid('the port is not a number (a / ? or @ in the password must be URL-encoded)');
  return { host: host || null, port: Number(port) };
}

/** Parses a SQLAlchemy URL; throws INVALID_CONNECTION_STRING_ERROR saying what is wrong. */
export function parseSqlalchemyUri(uri: string): SqlalchemyUri {
  const match = SCHEME.exec(uri.trim());
  if (!match?.groups) throw invalid('it has no backend:// prefix');
  const { backend = '', driver, rest = '' } = match.groups;
  const queryStart = rest.indexOf('?');
  const beforeQuery = queryStart === -1 ? rest : rest.slice(0, queryStart);
  const queryText = queryStart === -1 ? '' : rest.slice(queryStart + 1);
  const slash = beforeQuery.indexOf('/');
  const authority = slash === -1 ? beforeQuery : beforeQuery.slice(0, slash);
  const path = slash === -1 ? null : beforeQuery.slice(slash + 1);
  const at = authority.lastIndexOf('@');
  const userInfo = at === -1 ? null : authority.slice(0, at);
  const { host, port } = parseHostPort(at === -1 ? authority : authority.slice(at + 1));
  let username: string | null = null;
  let password: string | null = null;
  if (userInfo !== null) {
    const colon = userInfo.indexOf(':');
    username = decode(colon === -1 ? userInfo : userInfo.slice(0, colon), 'username') || null;
    password = colon === -1 ? null : decode(userInfo.slice(colon + 1), 'password');
  }
  const query: Array<readonly [string, string]> = [];
  for (const pair of queryText.split('&').filter(Boolean)) {
    const eq = pair.indexOf('=');
    const key = decode(eq === -1 ? pair : pair.slice(0, eq), 'query');
    const value = decode(eq === -1 ? '' : pair.slice(eq + 1).replace(/\+/g, ' '), 'query');
    query.push([key, value]);
  }
  return {
    backend: backend.toLowerCase(),
    driver: driver ? driver.toLowerCase() : null,
    username,
    password,
    host: host ? decode(host, 'host') : null,
    port,
    database: path === null || path === '' ? null : decode(path, 'database'),
    query,
  };
}

const encodeUserInfo = (value: string) =>
  encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );

/** Writes a URL back; the password is masked unless `password: 'keep'`. */
export function formatSqlalchemyUri(
  uri: SqlalchemyUri,
  options: { password: 'mask' | 'keep' | 'omit' } = { password: 'mask' },
): string {
  const scheme = uri.driver ? `${uri.backend}+${uri.driver}` : uri.backend;
  let userInfo = '';
  if (uri.username !== null || uri.password !== null) {
    userInfo = encodeUserInfo(uri.username ?? '');
    if (uri.password !== null && options.password !== 'omit') {
      userInfo += `:${options.password === 'mask' ? PASSWORD_MASK : encodeUserInfo(uri.password)}`;
    }
    userInfo += '@';
  }
  const host = uri.host?.includes(':') ? `[${uri.host}]` : (uri.host ?? '');
  const port = uri.port === null ? '' : `:${uri.port}`;
  const database =
    uri.database === null
      ? ''
      : `/${uri.database
          .split('/')
          .map((segment) => encodeURIComponent(segment).replace(/%3A/gi, ':'))
          .join('/')}`;
  const query =
    uri.query.length === 0
      ? ''
      : `?${uri.query.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')}`;
  return `${scheme}://${userInfo}${host}${port}${database}${query}`;
}
