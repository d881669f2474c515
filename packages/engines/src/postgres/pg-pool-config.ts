import type { ConnectionOptions } from 'node:tls';
import type { Client as PgClient, ClientConfig, PoolConfig } from 'pg';
import type { ConnectionSettings } from '../connection/connection-settings.js';
import { withConnectTimeout } from './pg-connect-timeout.js';
import { tlsPolicy } from '../connection/tls-policy.js';
import { EngineError } from '../spec/engine-error.js';

/** node-postgres's `ssl` option for the settings' TLS mode: false for a plain connection. */
export function pgSslOption(settings: ConnectionSettings): false | ConnectionOptions {
  const policy = tlsPolicy(settings.tls);
  if (!policy) return false;
  const { verifyChain, verifyHostname, ...material } = policy;
  return {
    ...material,
    rejectUnauthorized: verifyChain,
    ...(verifyHostname ? {} : { checkServerIdentity: () => undefined }),
  };
}

const DEFAULT_PORT = 5432;

function textOption(settings: ConnectionSettings, name: string): string | undefined {
  const value = settings.query[name] ?? settings.connectArgs[name];
  return value === undefined ? undefined : String(value);
}

/**
 * One connection's configuration, from the typed settings only: host, port, database, user
 * and password, TLS from PEM content and the connect timeout (`connect_timeout` seconds when
 * given). Every connection field is set, so node-postgres takes none of them from PG*
 * environment variables, and the password is a function so it never reads `~/.pgpass`.
 */
export function pgClientConfig(settings: ConnectionSettings): ClientConfig {
  const connectTimeout = settings.query.connect_timeout ?? settings.connectArgs.connect_timeout;
  const applicationName = textOption(settings, 'application_name');
  return {
    host: settings.host ?? 'localhost',
    port: settings.port ?? DEFAULT_PORT,
    user: settings.username ?? '',
    database: settings.database ?? settings.username ?? '',
    password: () => settings.password ?? '',
    ssl: pgSslOption(settings),
    connectionTimeoutMillis:
      typeof connectTimeout === 'number' ? connectTimeout * 1000 : settings.connectTimeoutMs,
    application_name: applicationName ?? 'Superset',
  };
}

/**
 * The pool's configuration: connections as `pgClientConfig` makes them, at most `poolSize`.
 * node-postgres's pool would apply its `connectionTimeoutMillis` to waiting for a free
 * connection as well as to opening one, refusing queued requests under load; so the pool
 * has none, and each connection it opens carries the connect timeout itself. How long a
 * request waits for a free connection is bounded by its run's time limit or abort signal.
 */
export function pgPoolConfig(settings: ConnectionSettings, Client: typeof PgClient): PoolConfig {
  const connection = pgClientConfig(settings);
  return {
    ...connection,
    connectionTimeoutMillis: 0,
    Client: withConnectTimeout(Client, connection.connectionTimeoutMillis),
    max: settings.poolSize,
    idleTimeoutMillis: 30_000,
    allowExitOnIdle: true,
  };
}

/**
 * Refuses settings without a username: node-postgres would otherwise take one from the
 * server's environment (PGUSER, USER), which is not the user's to choose.
 */
export function requirePgUsername(settings: ConnectionSettings): void {
  if (!settings.username) {
    throw new EngineError(
      'CONNECTION_MISSING_PARAMETERS_ERROR',
      'The connection needs a username (user@host in the URI).',
      { missing: ['username'] },
    );
  }
}
