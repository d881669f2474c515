import { MysqlDialect, type Dialect } from 'kysely';
import type { ServerConnectionOptions } from '../metadata-uri.js';

/**
 * The MySQL/MariaDB dialect on a mysql2 pool, in utf8mb4. Dates come back as text, read as
 * UTC by `readTimestamp` (mysql2 would apply the process's time zone). `?unix_socket=` in
 * the URI selects a socket; other query parameters (SSL files) are not supported yet.
 */
export function createMysqlDialect(options: ServerConnectionOptions): Dialect {
  return new MysqlDialect({
    pool: async () =>
      (await import('mysql2')).createPool({
        host: options.host,
        port: options.port,
        user: options.user,
        password: options.password,
        database: options.database,
        socketPath: options.params.unix_socket,
        charset: 'utf8mb4',
        dateStrings: true,
        connectionLimit: 10,
      }),
  });
}
