import { randomUUID } from 'node:crypto';
import { access } from 'node:fs/promises';
import path from 'node:path';
import type { ConnectionSettings } from '../connection/connection-settings.js';
import type {
  CellValue,
  EngineClient,
  ExecuteOptions,
  QueryResult,
  ResultColumn,
  RowBatch,
  TableMetadata,
} from '../spec/client.js';
import { EngineError } from '../spec/engine-error.js';
import { collectBatches, limitBatches } from '../spec/row-batches.js';
import { queryCancelledError, watchForStop } from '../spec/query-stop-watch.js';
import { describeSqliteTable, listSqliteObjects } from './sqlite-metadata.js';
import type { SqliteColumn } from './sqlite-protocol.js';
import { SqliteQueryProcess } from './sqlite-query-process-host.js';
import { SQLITE_DIALECT } from './sqlite.dialect.js';

const MEMORY = ':memory:';
const DEFAULT_BATCH_SIZE = 1000;
/** SQLite's own default wait for a lock held by another connection. */
const DEFAULT_BUSY_TIMEOUT_MS = 5000;

const toResultColumn = (column: SqliteColumn): ResultColumn => ({
  name: column.name,
  type: column.type,
  genericType: column.type ? SQLITE_DIALECT.genericType(column.type) : null,
});

/** `settings.database` as the process opens it: an absolute path, or memory when empty. */
function databasePath(settings: ConnectionSettings): string {
  const database = settings.database;
  if (database === undefined || database === '' || database === MEMORY) return MEMORY;
  return path.resolve(database);
}

function busyTimeoutMs(settings: ConnectionSettings): number {
  const seconds = settings.connectArgs.timeout ?? settings.query.timeout;
  return typeof seconds === 'number' ? seconds * 1000 : DEFAULT_BUSY_TIMEOUT_MS;
}

/** A SQLite file (or memory database) queried in a child process that a stop can kill. */
class SqliteClient implements EngineClient {
  readonly #path: string;
  readonly #process: SqliteQueryProcess;

  constructor(settings: ConnectionSettings) {
    this.#path = databasePath(settings);
    this.#process = new SqliteQueryProcess({
      path: this.#path,
      readOnly: settings.query.mode === 'ro',
      busyTimeoutMs: busyTimeoutMs(settings),
    });
  }

  async execute(sql: string, options: ExecuteOptions = {}): Promise<QueryResult> {
    const { limit } = options;
    const batchSize =
      limit === undefined ? DEFAULT_BATCH_SIZE : Math.min(limit + 1, DEFAULT_BATCH_SIZE);
    return collectBatches(this.#batches(sql, options, batchSize), limit);
  }

  stream(
    sql: string,
    options: ExecuteOptions & { batchSize?: number } = {},
  ): AsyncIterable<RowBatch> {
    const batches = this.#batches(sql, options, options.batchSize ?? DEFAULT_BATCH_SIZE);
    return limitBatches(batches, options.limit);
  }

  async cancelQuery(cancelId: string): Promise<boolean> {
    return this.#process.interrupt(cancelId, queryCancelledError());
  }

  async testConnection(): Promise<void> {
    await this.#rows('SELECT 1');
  }

  async listSchemas(): Promise<string[]> {
    return ['main'];
  }

  async listTables(): Promise<string[]> {
    return listSqliteObjects((sql) => this.#rows(sql), 'table');
  }

  async listViews(): Promise<string[]> {
    return listSqliteObjects((sql) => this.#rows(sql), 'view');
  }

  async getTableMetadata(table: string): Promise<TableMetadata> {
    return describeSqliteTable((sql) => this.#rows(sql), table);
  }

  async close(): Promise<void> {
    this.#process.close();
  }

  async #rows(sql: string): Promise<CellValue[][]> {
    return (await this.execute(sql)).rows;
  }

  /** A missing file is an error, never a new empty database. */
  async #requireFile(): Promise<void> {
    if (this.#path === MEMORY) return;
    try {
      await access(this.#path);
    } catch {
      throw new EngineError(
        'CONNECTION_UNKNOWN_DATABASE_ERROR',
        `Unable to open the SQLite database: the file "${this.#path}" does not exist.`,
      );
    }
  }

  async *#batches(sql: string, options: ExecuteOptions, batchSize: number) {
    await this.#requireFile();
    const id = randomUUID();
    const watch = watchForStop(options, (reason) => this.#process.interrupt(id, reason));
    try {
      options.onCancelId?.(id);
      const statement = { id, sql, readOnly: options.readOnly ?? false, batchSize };
      for await (const batch of this.#process.run(statement)) {
        yield { columns: batch.columns.map(toResultColumn), rows: batch.rows };
      }
    } finally {
      watch.dispose();
    }
  }
}

/** A client for one SQLite database; the file is opened by its query process on first use. */
export function createSqliteClient(settings: ConnectionSettings): EngineClient {
  return new SqliteClient(settings);
}
