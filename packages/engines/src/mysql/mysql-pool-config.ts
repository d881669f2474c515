import type { ConnectionOptions, PoolOptions, SslOptions } from 'mysql2';
import type { ConnectionSettings } from '../connection/connection-settings.js';
import { tlsPolicy } from '../connection/tls-policy.js';
import { EngineError } from '../spec/engine-error.js';
import { mysqlTypeCast } from './mysql-values.js';

/** Character sets a connection may ask for (`?charset=`), as mysql2 knows them. */
export const MYSQL_CHARSETS = [
  'utf8mb4',
  'utf8',
  'latin1',
  'latin2',
  'ascii',
  'binary',
  'ucs2',
  'utf16',
  'utf32',
  'cp1250',
  'cp1251',
  'greek',
  'hebrew',
  'gbk',
  'big5',
  'sjis',
  'euckr',
] as const;

/** mysql2's `ssl` option for the settings' TLS mode; undefined for a plain connection. */
export function mysqlSslOption(settings: ConnectionSettings): SslOptions | undefined {
  const policy = tlsPolicy(settings.tls);
  if (!policy) return undefined;
  const { verifyChain, verifyHostname, ...material } = policy;
  return { ...material, rejectUnauthorized: verifyChain, verifyIdentity: verifyHostname };
}

function refuseLocalFile(): never {
  throw new EngineError(
    'DATABASE_SECURITY_ACCESS_ERROR',
    'LOAD DATA LOCAL INFILE is not allowed: the server does not send its files to a database.',
  );
}

/**
 * One connection's configuration, from the typed settings only. It closes what MySQL's
 * protocol would let a query or a hostile server reach: one statement per query, no LOCAL
 * INFILE (the capability flag is off and a request for a file is refused), no Unix socket.
 */
export function mysqlConnectionConfig(settings: ConnectionSettings): ConnectionOptions {
  const charset = settings.query.charset ?? settings.connectArgs.charset;
  const ssl = mysqlSslOption(settings);
  return {
    host: settings.host ?? 'localhost',
    port: settings.port ?? 3306,
    ...(settings.database !== undefined ? { database: settings.database } : {}),
    ...(settings.username !== undefined ? { user: settings.username } : {}),
    password: settings.password ?? '',
    ...(ssl ? { ssl } : {}),
    ...(charset !== undefined ? { charset: String(charset) } : {}),
    connectTimeout: settings.connectTimeoutMs,
    multipleStatements: false,
    flags: ['-LOCAL_FILES'],
    infileStreamFactory: refuseLocalFile,
    dateStrings: false,
    supportBigNumbers: true,
    bigNumberStrings: true,
    timezone: 'Z',
    typeCast: mysqlTypeCast,
  };
}

/** The pool's configuration: one connection's, with at most `poolSize` of them. */
export function mysqlPoolConfig(settings: ConnectionSettings): PoolOptions {
  return {
    ...mysqlConnectionConfig(settings),
    connectionLimit: settings.poolSize,
    maxIdle: settings.poolSize,
    idleTimeout: 30_000,
  };
}
