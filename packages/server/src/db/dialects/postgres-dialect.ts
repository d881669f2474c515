import type pg from 'pg';
import { PostgresDialect, type Dialect } from 'kysely';
import type { ServerConnectionOptions } from '../metadata-uri.js';

/**
 * pg would read a `timestamp` column as local time; the metadata convention is UTC text,
 * so those columns come back as the server sends them (`readTimestamp` parses them).
 */
function timestampsAsText(types: typeof pg.types): typeof pg.types.getTypeParser {
  return (oid, format) =>
    oid === types.builtins.TIMESTAMP
      ? (value: string) => value
      : (types.getTypeParser(oid, format) as (value: string) => unknown);
}

/** The URI's parts as a libpq-style string, query parameters (sslmode, ...) passed on. */
export function toPostgresConnectionString(options: ServerConnectionOptions): string {
  const credentials =
    options.user === undefined
      ? ''
      : `${encodeURIComponent(options.user)}${
          options.password === undefined ? '' : `:${encodeURIComponent(options.password)}`
        }@`;
  const host = options.host?.includes(':') ? `[${options.host}]` : (options.host ?? '');
  const port = options.port === undefined ? '' : `:${options.port}`;
  const database = encodeURIComponent(options.database ?? '');
  const query = new URLSearchParams(options.params).toString();
  return `postgresql://${credentials}${host}${port}/${database}${query ? `?${query}` : ''}`;
}

/** The PostgreSQL dialect on a pg Pool; the driver loads on first use. */
export function createPostgresDialect(
  options: ServerConnectionOptions,
  onConnectionError: (error: Error) => void,
): Dialect {
  return new PostgresDialect({
    pool: async () => {
      const { default: driver } = await import('pg');
      const pool = new driver.Pool({
        connectionString: toPostgresConnectionString(options),
        types: { getTypeParser: timestampsAsText(driver.types) },
        max: 10,
      });
      // An idle client losing its connection emits on the pool; unhandled, that kills the process.
      pool.on('error', onConnectionError);
      return pool;
    },
  });
}
