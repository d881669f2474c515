import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { SqliteAdapter, SqliteDialect, type Dialect, type DialectAdapter } from 'kysely';
import type { SqliteConnectionOptions } from '../metadata-uri.js';
import { withStatementCache } from './sqlite-statement-cache.js';

/**
 * SQLite does run DDL inside transactions, but Kysely's adapter says it does not, so its
 * Migrator would apply migrations without one. Saying so lets an interrupted upgrade roll
 * back completely. (A migration that must rebuild a table with foreign_keys off cannot run
 * inside a transaction; see db/README.md.)
 */
class TransactionalDdlSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

class MetadataSqliteDialect extends SqliteDialect {
  override createAdapter(): DialectAdapter {
    return new TransactionalDdlSqliteAdapter();
  }
}

/**
 * The SQLite dialect: the file (and its folder) is created on first use, in WAL mode with
 * foreign keys enforced and a 5 s wait when another process holds the write lock; prepared
 * statements are reused (sqlite-statement-cache.ts).
 */
export function createSqliteDialect(options: SqliteConnectionOptions): Dialect {
  return new MetadataSqliteDialect({
    // The driver loads on first use, so a server on another backend never pays for it.
    database: async () => {
      const { default: Database } = await import('better-sqlite3');
      if (!options.isInMemory) mkdirSync(dirname(options.filename), { recursive: true });
      const database = new Database(options.filename);
      database.pragma('journal_mode = WAL');
      database.pragma('foreign_keys = ON');
      database.pragma('busy_timeout = 5000');
      return withStatementCache(database);
    },
  });
}
