import https from 'node:https';
import type { ClickHouseClientConfigOptions } from '@clickhouse/client';
import type { ConnectionSettings, TlsSettings } from '../connection/connection-settings.js';
import { EngineError } from '../spec/engine-error.js';

const HTTP_PORT = 8123;
const HTTPS_PORT = 8443;
/** Superset's placeholder for "the user's default database" in clickhousedb URIs. */
const DEFAULT_DATABASE_PLACEHOLDER = '__default__';
/**
 * Longest silence on a socket. Statements have their own time limit (`timeoutMs`), and a
 * long aggregation sends nothing until it ends, so this only catches dead connections.
 */
const SOCKET_IDLE_TIMEOUT_MS = 60 * 60 * 1000;

const HOSTNAME = /^[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?$/;
const IPV6 = /^\[?([0-9A-Fa-f:.]+)\]?$/;

/** The host as it goes into a URL; anything but a name or an IP address is refused. */
function urlHost(host: string): string {
  if (HOSTNAME.test(host)) return host;
  const ipv6 = IPV6.exec(host);
  if (ipv6?.[1]?.includes(':')) return `[${ipv6[1]}]`;
  throw new EngineError(
    'INVALID_CONNECTION_STRING_ERROR',
    `"${host}" is not a host name or an IP address.`,
  );
}

function isSecure(settings: ConnectionSettings): boolean {
  if (settings.connectArgs.secure === true || settings.query.secure === true) return true;
  const mode = settings.tls?.mode;
  return mode === 'require' || mode === 'verify-ca' || mode === 'verify-full';
}

/** An HTTPS agent from the TLS settings: PEM content only, verification as the mode says. */
function httpsAgent(tls: TlsSettings | undefined, poolSize: number): https.Agent {
  const mode = tls?.mode ?? 'verify-full';
  return new https.Agent({
    keepAlive: true,
    maxSockets: poolSize,
    ...(tls?.rootCertPem ? { ca: tls.rootCertPem } : {}),
    ...(tls?.certPem ? { cert: tls.certPem } : {}),
    ...(tls?.keyPem ? { key: tls.keyPem } : {}),
    // `require` encrypts without checking the certificate; `verify-ca` checks the chain
    // but not the host name; anything stricter checks both.
    rejectUnauthorized: mode !== 'require',
    ...(mode === 'verify-ca' ? { checkServerIdentity: () => undefined } : {}),
  });
}

/**
 * The driver's configuration, from the typed settings only: the URL is built from the host,
 * port and TLS choice, never taken from the user, so no URL parameter can carry settings,
 * credentials or a path prefix to the server.
 */
export function buildClickHouseConfig(
  settings: ConnectionSettings,
  database: string | null,
): ClickHouseClientConfigOptions {
  if (!settings.host) {
    throw new EngineError('CONNECTION_MISSING_PARAMETERS_ERROR', 'ClickHouse needs a host.', {
      missing: ['host'],
    });
  }
  const secure = isSecure(settings);
  // Settings carry the spec's default port (8123) when the URI names none; over HTTPS that
  // default is ClickHouse's HTTPS port instead.
  const port =
    secure && (settings.port === undefined || settings.port === HTTP_PORT)
      ? HTTPS_PORT
      : (settings.port ?? HTTP_PORT);
  const url = new URL(`${secure ? 'https' : 'http'}://${urlHost(settings.host)}:${port}`);
  const chosen = database ?? settings.database;
  return {
    url,
    username: settings.username ?? 'default',
    password: settings.password ?? '',
    ...(chosen && chosen !== DEFAULT_DATABASE_PLACEHOLDER ? { database: chosen } : {}),
    application: 'superset-ts',
    request_timeout: SOCKET_IDLE_TIMEOUT_MS,
    max_open_connections: settings.poolSize,
    ...(secure ? { http_agent: httpsAgent(settings.tls, settings.poolSize) } : {}),
  };
}
