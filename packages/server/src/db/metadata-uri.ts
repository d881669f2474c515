import { isAbsolute, resolve } from 'node:path';
import { InvalidMetadataUriError, UnsupportedMetadataUriError } from './metadata-errors.js';

/** The three backends the metadata database can live in. */
export type MetadataDialect = 'sqlite' | 'postgresql' | 'mysql';

/** An embedded SQLite file, or an in-memory database (`filename` is then `:memory:`). */
export interface SqliteConnectionOptions {
  dialect: 'sqlite';
  filename: string;
  isInMemory: boolean;
}

/** A PostgreSQL or MySQL/MariaDB server; `params` is the URI's query string, decoded. */
export interface ServerConnectionOptions {
  dialect: 'postgresql' | 'mysql';
  host: string | undefined;
  port: number | undefined;
  user: string | undefined;
  password: string | undefined;
  database: string | undefined;
  params: Readonly<Record<string, string>>;
}

/** How to reach the metadata database, read from an SQLAlchemy-style URI. */
export type MetadataConnectionOptions =
  | SqliteConnectionOptions
  | (ServerConnectionOptions & { dialect: 'postgresql' })
  | (ServerConnectionOptions & { dialect: 'mysql' });

/** SQLAlchemy scheme (dialect+driver) -> backend; the Python driver part is irrelevant here. */
const DIALECT_BY_SCHEME: Readonly<Record<string, MetadataDialect>> = {
  sqlite: 'sqlite',
  'sqlite+pysqlite': 'sqlite',
  postgresql: 'postgresql',
  postgres: 'postgresql',
  'postgresql+psycopg2': 'postgresql',
  'postgresql+psycopg': 'postgresql',
  'postgresql+pg8000': 'postgresql',
  'postgresql+asyncpg': 'postgresql',
  mysql: 'mysql',
  'mysql+mysqldb': 'mysql',
  'mysql+pymysql': 'mysql',
  'mysql+mysqlconnector': 'mysql',
  mariadb: 'mysql',
  'mariadb+mariadbconnector': 'mysql',
};

/** Every scheme `parseMetadataUri` accepts. */
export const SUPPORTED_METADATA_SCHEMES: readonly string[] = Object.keys(DIALECT_BY_SCHEME);

const SCHEME_PATTERN = /^([a-z][a-z0-9+.-]*):/i;
const IN_MEMORY = ':memory:';

/**
 * Reads SQLALCHEMY_DATABASE_URI. SQLite paths follow SQLAlchemy: four slashes for an absolute
 * path, three for a path relative to `cwd`, none for an in-memory database; query strings
 * such as `?check_same_thread=false` are accepted and ignored there.
 */
export function parseMetadataUri(uri: string, cwd: string): MetadataConnectionOptions {
  const scheme = SCHEME_PATTERN.exec(uri)?.[1]?.toLowerCase();
  if (!scheme) {
    throw new InvalidMetadataUriError(
      `SQLALCHEMY_DATABASE_URI "${redactUri(uri)}" has no scheme; expected e.g. sqlite:////path/superset.db.`,
    );
  }
  const dialect = DIALECT_BY_SCHEME[scheme];
  if (!dialect) throw new UnsupportedMetadataUriError(scheme, SUPPORTED_METADATA_SCHEMES);
  if (dialect === 'sqlite') return parseSqliteUri(uri.slice(scheme.length + 1), cwd);
  return { ...parseServerUri(uri, scheme), dialect };
}

function parseSqliteUri(rest: string, cwd: string): SqliteConnectionOptions {
  const withoutQuery = rest.split('?', 1)[0] ?? '';
  if (!withoutQuery.startsWith('//') || (withoutQuery.length > 2 && withoutQuery[2] !== '/')) {
    throw new InvalidMetadataUriError(
      'A SQLite SQLALCHEMY_DATABASE_URI takes the form sqlite:////absolute/path.db, ' +
        'sqlite:///relative/path.db or sqlite:// (in memory).',
    );
  }
  const path = withoutQuery.slice(3);
  if (path === '' || path === IN_MEMORY) {
    return { dialect: 'sqlite', filename: IN_MEMORY, isInMemory: true };
  }
  const filename = isAbsolute(path) ? path : resolve(cwd, path);
  return { dialect: 'sqlite', filename, isInMemory: false };
}

function parseServerUri(uri: string, scheme: string): Omit<ServerConnectionOptions, 'dialect'> {
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    throw new InvalidMetadataUriError(
      `SQLALCHEMY_DATABASE_URI "${redactUri(uri)}" cannot be read; expected ` +
        `${scheme}://user:password@host:port/database (percent-encode special characters).`,
    );
  }
  const port = url.port === '' ? undefined : Number(url.port);
  const database = decodeURIComponent(url.pathname.replace(/^\//, ''));
  return {
    host: url.hostname === '' ? undefined : url.hostname.replace(/^\[(.*)\]$/, '$1'),
    port,
    user: url.username === '' ? undefined : decodeURIComponent(url.username),
    password: url.password === '' ? undefined : decodeURIComponent(url.password),
    database: database === '' ? undefined : database,
    params: Object.fromEntries(url.searchParams),
  };
}

/**
 * The URI with its password replaced by `***`, safe for logs and messages. Everything from
 * the user's `:` to the last `@` is masked, so an unencoded `@` or `/` in a password cannot
 * leak a part of it (an `@` in the query string may mask a little more than needed).
 */
export function redactUri(uri: string): string {
  return uri.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/?#@]*):.*@/is, '$1:***@');
}
