import { randomUUID } from 'node:crypto';
import type * as ClickHouse from '@clickhouse/client';
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
import {
  queryCancelledError,
  watchForStop,
  type QueryStopWatch,
} from '../spec/query-stop-watch.js';
import { buildClickHouseConfig } from './clickhouse-config.js';
import {
  clickHouseString,
  describeClickHouseTable,
  listClickHouseObjects,
  listClickHouseSchemas,
} from './clickhouse-metadata.js';
import { TsvResultReader, type ClickHouseColumn } from './clickhouse-tsv-reader.js';
import { CLICKHOUSE_DIALECT } from './clickhouse.dialect.js';

/** What this client uses of the driver module, which the spec loads lazily. */
export type ClickHouseApi = Pick<typeof ClickHouse, 'createClient' | 'ClickHouseLogLevel'>;
type DriverClient = ReturnType<ClickHouseApi['createClient']>;

const DEFAULT_BATCH_SIZE = 1000;
/** The one result format every ClickHouse version streams with names and types. */
const RESULT_FORMAT = 'TabSeparatedWithNamesAndTypes';

const toResultColumn = (column: ClickHouseColumn): ResultColumn => ({
  name: column.name,
  type: column.type,
  genericType: CLICKHOUSE_DIALECT.genericType(column.type),
});

/** Per-statement settings; `readonly` goes last, after the settings it must not block. */
function statementSettings(options: ExecuteOptions): ClickHouse.ClickHouseSettings {
  return {
    default_format: RESULT_FORMAT,
    ...(options.timeoutMs ? { max_execution_time: Math.ceil(options.timeoutMs / 1000) } : {}),
    ...(options.readOnly ? { readonly: '1' } : {}),
  };
}

/**
 * ClickHouse over HTTP. Statements run with `exec` and a TabSeparatedWithNamesAndTypes
 * default format, so DDL and SELECT share one path and rows stream as the server sends
 * them. A statement is stopped by aborting its request and `KILL QUERY` by its query id.
 */
class ClickHouseClient implements EngineClient {
  readonly #api: ClickHouseApi;
  readonly #settings: ConnectionSettings;
  readonly #drivers = new Map<string, DriverClient>();
  readonly #running = new Map<string, (reason: EngineError) => void>();

  constructor(api: ClickHouseApi, settings: ConnectionSettings) {
    this.#api = api;
    this.#settings = settings;
    // The URL is checked now, so a bad host fails before any statement.
    this.#driver(null);
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
    if (stop) {
      stop(queryCancelledError());
      return true;
    }
    return this.#kill(cancelId);
  }

  async testConnection(): Promise<void> {
    const signal = AbortSignal.timeout(this.#settings.connectTimeoutMs);
    try {
      await this.execute('SELECT 1', { signal });
    } catch (error) {
      if (
        signal.aborted &&
        error instanceof EngineError &&
        error.code === 'QUERY_CANCELLED_ERROR'
      ) {
        throw new EngineError('CONNECTION_DATABASE_TIMEOUT');
      }
      throw error;
    }
  }

  async listSchemas(): Promise<string[]> {
    return listClickHouseSchemas((sql) => this.#rows(sql));
  }

  async listTables(schema: string | null): Promise<string[]> {
    return listClickHouseObjects((sql) => this.#rows(sql), schema, false);
  }

  async listViews(schema: string | null): Promise<string[]> {
    return listClickHouseObjects((sql) => this.#rows(sql), schema, true);
  }

  async getTableMetadata(table: string, schema: string | null): Promise<TableMetadata> {
    return describeClickHouseTable((sql) => this.#rows(sql), table, schema);
  }

  async close(): Promise<void> {
    for (const stop of this.#running.values()) stop(queryCancelledError());
    const drivers = [...this.#drivers.values()];
    this.#drivers.clear();
    await Promise.all(drivers.map((driver) => driver.close()));
  }

  async #rows(sql: string): Promise<CellValue[][]> {
    return (await this.execute(sql)).rows;
  }

  /** One pool per default database: the HTTP interface takes it per connection config. */
  #driver(schema: string | null): DriverClient {
    const key = schema ?? '';
    let driver = this.#drivers.get(key);
    if (!driver) {
      driver = this.#api.createClient({
        ...buildClickHouseConfig(this.#settings, schema),
        log: { level: this.#api.ClickHouseLogLevel.OFF },
      });
      this.#drivers.set(key, driver);
    }
    return driver;
  }

  #classify(error: unknown): EngineError {
    if (error instanceof EngineError) return error;
    const message = error instanceof Error ? error.message : String(error);
    return CLICKHOUSE_DIALECT.classifyError(message, [this.#settings.password]);
  }

  /** `KILL QUERY` by id; true when the server found the statement. */
  async #kill(queryId: string): Promise<boolean> {
    try {
      const { stream } = await this.#driver(null).exec({
        query: `KILL QUERY WHERE query_id = ${clickHouseString(queryId)} ASYNC`,
        clickhouse_settings: { default_format: RESULT_FORMAT },
        // A server that stopped answering must not hold the kill (and the process) open.
        abort_signal: AbortSignal.timeout(this.#settings.connectTimeoutMs),
      });
      const reader = new TsvResultReader();
      let found = 0;
      for await (const chunk of stream as AsyncIterable<Buffer>) found += reader.push(chunk).length;
      return found + reader.end().length > 0;
    } catch {
      return false;
    }
  }

  async *#batches(sql: string, options: ExecuteOptions, batchSize: number) {
    const id = randomUUID();
    const controller = new AbortController();
    // Set by a stop from outside; the aborted request's own error says less.
    const stopped: { reason: EngineError | null } = { reason: null };
    const stop = (reason: EngineError) => {
      if (stopped.reason) return;
      stopped.reason = reason;
      controller.abort();
      void this.#kill(id);
    };
    this.#running.set(id, stop);
    let watch: QueryStopWatch | null = null;
    let isComplete = false;
    try {
      watch = watchForStop(options, stop);
      options.onCancelId?.(id);
      const { stream } = await this.#driver(options.schema ?? null).exec({
        query: sql,
        query_id: id,
        abort_signal: controller.signal,
        clickhouse_settings: statementSettings(options),
      });
      const reader = new TsvResultReader();
      let rows: CellValue[][] = [];
      let hasYielded = false;
      const columns = () => (reader.columns ?? []).map(toResultColumn);
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        for (const row of reader.push(chunk)) rows.push(row);
        if (rows.length >= batchSize) {
          yield { columns: columns(), rows };
          hasYielded = true;
          rows = [];
        }
      }
      for (const row of reader.end()) rows.push(row);
      isComplete = true;
      // An aborted response may end without an error: the stop decides the outcome.
      if (stopped.reason) throw stopped.reason;
      if (rows.length > 0 || !hasYielded) yield { columns: columns(), rows };
    } catch (error) {
      isComplete = true;
      throw stopped.reason ?? this.#classify(error);
    } finally {
      watch?.dispose();
      this.#running.delete(id);
      // The consumer left early: the server would otherwise finish the statement.
      if (!isComplete) stop(queryCancelledError());
    }
  }
}

/** The client factory once `@clickhouse/client` is loaded. */
export function clickHouseClientFactory(api: ClickHouseApi) {
  return (settings: ConnectionSettings): EngineClient => new ClickHouseClient(api, settings);
}
