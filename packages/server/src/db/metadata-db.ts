import { Kysely, type Dialect } from 'kysely';
import { createMysqlDialect } from './dialects/mysql-dialect.js';
import { createPostgresDialect } from './dialects/postgres-dialect.js';
import { createSqliteDialect } from './dialects/sqlite-dialect.js';
import {
  parseMetadataUri,
  type MetadataConnectionOptions,
  type MetadataDialect,
} from './metadata-uri.js';
import { MetadataValuesPlugin } from './metadata-values-plugin.js';
import type { MetadataSchema } from './schema/index.js';

/** An open metadata database: the typed query builder, its backend, and how to close it. */
export interface MetadataDb {
  kysely: Kysely<MetadataSchema>;
  dialect: MetadataDialect;
  destroy(): Promise<void>;
}

/** Options of `createMetadataDb`. */
export interface MetadataDbOptions {
  /** Folder a relative `sqlite:///file.db` is resolved against. */
  cwd: string;
  /** Called when an idle pooled connection fails (the next query reconnects). */
  onConnectionError?: (error: Error) => void;
}

/**
 * Opens the metadata database named by SQLALCHEMY_DATABASE_URI. Nothing connects until the
 * first query; a bad URI throws at once (`UnsupportedMetadataUriError`, `InvalidMetadataUriError`).
 */
export function createMetadataDb(uri: string, options: MetadataDbOptions): MetadataDb {
  const connection = parseMetadataUri(uri, options.cwd);
  const kysely = new Kysely<MetadataSchema>({
    dialect: createDialect(connection, options.onConnectionError ?? ignoreIdleConnectionError),
    plugins: [new MetadataValuesPlugin(connection.dialect)],
  });
  return { kysely, dialect: connection.dialect, destroy: () => kysely.destroy() };
}

function createDialect(
  connection: MetadataConnectionOptions,
  onConnectionError: (error: Error) => void,
): Dialect {
  switch (connection.dialect) {
    case 'sqlite':
      return createSqliteDialect(connection);
    case 'postgresql':
      return createPostgresDialect(connection, onConnectionError);
    case 'mysql':
      return createMysqlDialect(connection);
  }
}

function ignoreIdleConnectionError(): void {}
