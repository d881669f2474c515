import { randomUUID } from 'node:crypto';
import { access } from 'node:fs/promises';
import path from 'node:path';
import type * as DuckDb from '@duckdb/node-api';
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
import { sqlString } from '../spec/dttm-format.js';
import {
  queryCancelledError,
  watchForStop,
  type QueryStopWatch,
} from '../spec/query-stop-watch.js';
import {
  describeDuckDbTable,
  listDuckDbSchemas,
  listDuckDbTables,
  listDuckDbViews,
} from './duckdb-metadata.js';
import { createDuckDbCellReader, type DuckDbApi } from './duckdb-values.js';
import { DUCKDB_DIALECT } from './duckdb.dialect.js';
import { duckDbInstanceOptions } from './duckdb-instance-options.js';

const MEMORY = ':memory:';
const DEFAULT_BATCH_SIZE = 2048;

function databasePath(settings: ConnectionSettings): string {
  const database = settings.database;
  if (database === undefined || database === '' || database === MEMORY) return MEMORY;
  return path.resolve(database);
}

/** Statement types that read only; anything else is refused under `readOnly`. */
function isReadStatement(api: DuckDbApi, type: DuckDb.StatementType): boolean {
  const { StatementType } = api;
  return [
    StatementType.SELECT,
    StatementType.EXPLAIN,
    StatementType.PRAGMA,
    StatementType.CALL,
    StatementType.SET,
    StatementType.VARIABLE_SET,
    StatementType.TRANSACTION,
  ].includes(type);
}

/**
 * One DuckDB file (or memory database) in this process: one instance, opened on first use
 * with external access off and its configuration locked, and one connection per statement
 * so a statement can be interrupted alone.
 */
class DuckDbClient implements EngineClient {
  readonly #api: DuckDbApi;
  readonly #path: string;
  readonly #options: Record<string, string>;
  readonly #isReadOnlyFile: boolean;
  readonly #readCell: (value: DuckDb.DuckDBValue) => CellValue;
  #instance: Promise<DuckDb.DuckDBInstance> | null = null;
  readonly #running = new Map<string, (reason: EngineError) => void>();
  #closed = false;

  constructor(api: DuckDbApi, settings: ConnectionSettings) {
    this.#api = api;
    this.#path = databasePath(settings);
    this.#options = duckDbInstanceOptions(settings, this.#path === MEMORY);
    this.#isReadOnlyFile = this.#options.access_mode === 'READ_ONLY';
    this.#readCell = createDuckDbCellReader(api);
  }

  async execute(sql: string, options: ExecuteOptions = {}): Promise<QueryResult> {
    return collectBatches(this.#batches(sql, options, DEFAULT_BATCH_SIZE), options.limit);
  }

  stream(
    sql: string,
    options: ExecuteOptions & { batchSize?: number } = {},
  ): AsyncIterable<RowBatch> {
    const batches = this.#batches(sql, options, options.batchSize ?? DEFAULT_BATCH_SIZE);
    return limitBatches(batches, options.limit);
  }

  async cancelQuery(cancelId: string): Promise<boolean> {
    const stop = this.#running.get(cancelId);
    stop?.(queryCancelledError());
    return stop !== undefined;
  }

  async testConnection(): Promise<void> {
    await this.execute('SELECT 1');
  }

  async listSchemas(): Promise<string[]> {
    return listDuckDbSchemas((sql) => this.#rows(sql));
  }

  async listTables(schema: string | null): Promise<string[]> {
    return listDuckDbTables((sql) => this.#rows(sql), schema);
  }

  async listViews(schema: string | null): Promise<string[]> {
    return listDuckDbViews((sql) => this.#rows(sql), schema);
  }

  async getTableMetadata(table: string, schema: string | null): Promise<TableMetadata> {
    return describeDuckDbTable((sql) => this.#rows(sql), table, schema);
  }

  async close(): Promise<void> {
    this.#closed = true;
    for (const stop of this.#running.values()) stop(queryCancelledError());
    const instance = this.#instance;
    this.#instance = null;
    if (instance) (await instance.catch(() => null))?.closeSync();
  }

  async #rows(sql: string): Promise<CellValue[][]> {
    return (await this.execute(sql)).rows;
  }

  #getInstance(): Promise<DuckDb.DuckDBInstance> {
    if (this.#closed) {
      throw new EngineError('GENERIC_DB_ENGINE_ERROR', 'The DuckDB client was closed.');
    }
    this.#instance ??= this.#open().catch((error: unknown) => {
      this.#instance = null;
      throw error;
    });
    return this.#instance;
  }

  /** A missing file is an error, never a new empty database. */
  async #open(): Promise<DuckDb.DuckDBInstance> {
    if (this.#path !== MEMORY) {
      try {
        await access(this.#path);
      } catch {
        throw new EngineError(
          'CONNECTION_UNKNOWN_DATABASE_ERROR',
          `Unable to open the DuckDB database: the file "${this.#path}" does not exist.`,
        );
      }
    }
    try {
      return await this.#api.DuckDBInstance.create(this.#path, this.#options);
    } catch (error) {
      throw DUCKDB_DIALECT.classifyError(error instanceof Error ? error.message : String(error));
    }
  }

  async #refuseWrites(connection: DuckDb.DuckDBConnection, sql: string): Promise<void> {
    const statements = await connection.extractStatements(sql);
    for (let index = 0; index < statements.count; index += 1) {
      const prepared = await statements.prepare(index);
      const type = prepared.statementType;
      prepared.destroySync();
      if (!isReadStatement(this.#api, type)) {
        throw new EngineError(
          'CONNECTION_DATABASE_PERMISSIONS_ERROR',
          `This database is read-only here: a ${this.#api.StatementType[type]} statement would change it.`,
        );
      }
    }
  }

  async *#batches(sql: string, options: ExecuteOptions, batchSize: number) {
    const connection = await (await this.#getInstance()).connect();
    const id = randomUUID();
    // Set by a stop from outside; DuckDB's own "Interrupted!" error says less.
    const stopped: { reason: EngineError | null } = { reason: null };
    const stop = (reason: EngineError) => {
      stopped.reason ??= reason;
      connection.interrupt();
    };
    this.#running.set(id, stop);
    let watch: QueryStopWatch | null = null;
    try {
      watch = watchForStop(options, stop);
      options.onCancelId?.(id);
      if (options.schema) await connection.run(`SET schema = ${sqlString(options.schema)}`);
      if (options.readOnly && !this.#isReadOnlyFile) await this.#refuseWrites(connection, sql);
      const result = await connection.stream(sql);
      const columns = this.#columns(result);
      let rows: CellValue[][] = [];
      let hasYielded = false;
      for (;;) {
        const chunk = await result.fetchChunk();
        // An interrupted stream may simply end early, so the reason is checked each time.
        if (stopped.reason) throw stopped.reason;
        if (!chunk || chunk.rowCount === 0) break;
        for (const row of chunk.getRows()) rows.push(row.map(this.#readCell));
        if (rows.length >= batchSize) {
          yield { columns, rows };
          hasYielded = true;
          rows = [];
        }
      }
      if (rows.length > 0 || !hasYielded) yield { columns, rows };
    } catch (error) {
      if (stopped.reason) throw stopped.reason;
      if (error instanceof EngineError) throw error;
      throw DUCKDB_DIALECT.classifyError(error instanceof Error ? error.message : String(error));
    } finally {
      watch?.dispose();
      this.#running.delete(id);
      connection.interrupt();
      connection.closeSync();
    }
  }

  #columns(result: DuckDb.DuckDBResult): ResultColumn[] {
    const types = result.columnTypes();
    return result.columnNames().map((name, index) => {
      const type = types[index]?.toString() ?? null;
      return { name, type, genericType: type ? DUCKDB_DIALECT.genericType(type) : null };
    });
  }
}

/** The client factory once `@duckdb/node-api` is loaded. */
export function duckDbClientFactory(api: DuckDbApi) {
  return (settings: ConnectionSettings): EngineClient => new DuckDbClient(api, settings);
}
