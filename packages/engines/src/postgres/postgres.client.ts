import type { Pool, PoolClient } from 'pg';
import type { ConnectionSettings } from '../connection/connection-settings.js';
import type {
  CellValue,
  EngineClient,
  ExecuteOptions,
  QueryResult,
  ResultColumn,
  RowBatch,
  StreamOptions,
  TextCellReader,
} from '../spec/client.js';
import { errorText } from '../spec/error-text.js';
import { withServerPosition } from './pg-error-position.js';
import {
  getPgTableMetadata,
  listPgSchemas,
  listPgTables,
  listPgViews,
  type PgCatalogQuery,
} from './pg-metadata.js';
import type { PgDriver } from './pg-driver.js';
import type { PgFlavour } from './pg-flavour.js';
import { pgClientConfig, pgPoolConfig } from './pg-pool-config.js';
import {
  describeFields,
  readBatch,
  readWhole,
  startPgRun,
  type PgBatch,
  type PgRun,
  type PgRunContext,
} from './pg-run.js';
import { readAhead } from './pg-read-ahead.js';
import { PG_TEXT_PARSERS, pgCellParsers, pgTextReaders, type PgCellParsers } from './pg-values.js';

const READ_BATCH = 10_000;
const STREAM_BATCH = 1_000;

/**
 * A client for PostgreSQL and the engines that speak its protocol: a pool built from the
 * typed settings; a statement with a row limit, and every stream, read through a cursor (the
 * database stops early, a stream holds one batch at a time), one without a limit or limited
 * in its SQL read whole (so it may use parallel workers); stopped in the database on timeout
 * or abort.
 */
export function createPgClient(
  driver: PgDriver,
  settings: ConnectionSettings,
  flavour: PgFlavour,
): EngineClient {
  const config = pgClientConfig(settings);
  const pool: Pool = new driver.Pool(pgPoolConfig(settings, driver.Client));
  // An idle connection the server dropped is removed by the pool; there is no caller to tell.
  pool.on('error', () => undefined);
  const parsers = pgCellParsers(driver.defaultParser);
  const classify = (error: unknown) =>
    withServerPosition(flavour.dialect.classifyError(errorText(error), [settings.password]), error);

  /** Runs the cancel statement from a connection of its own, so a full pool cannot block it. */
  async function cancelBackend(pid: string): Promise<boolean> {
    if (flavour.cancelSql === null || !/^\d+$/.test(pid)) return false;
    const client = new driver.Client(config);
    client.on('error', () => undefined);
    try {
      await client.connect();
      const result = await client.query<{ cancelled: boolean }>(flavour.cancelSql, [Number(pid)]);
      return result.rows[0]?.cancelled === true;
    } catch {
      return false;
    } finally {
      await client.end().catch(() => undefined);
    }
  }

  const runContext: PgRunContext = {
    dialect: flavour.dialect,
    connect: () => pool.connect(),
    async stopBackend(pid: string, client: PoolClient) {
      if (await cancelBackend(pid)) return;
      // Without a cancel, closing the session is what makes the server stop the statement.
      await client.end().catch(() => undefined);
    },
    classify,
  };

  const catalogQuery: PgCatalogQuery = async <Row extends object>(
    sql: string,
    values: readonly unknown[] = [],
  ) => {
    try {
      return (await pool.query<Row>(sql, [...values])).rows;
    } catch (error) {
      throw classify(error);
    }
  };

  const openCursor = (client: PoolClient, sql: string, types: PgCellParsers = parsers) =>
    client.query(new driver.Cursor<CellValue[]>(sql, undefined, { rowMode: 'array', types }));

  /** Reads up to `wanted` rows through a cursor, so the database stops producing after them. */
  async function readUpTo(run: PgRun, sql: string, wanted: number): Promise<PgBatch> {
    const cursor = openCursor(run.client, sql);
    const rows: CellValue[][] = [];
    let fields: PgBatch['fields'] = [];
    for (;;) {
      const count = Math.min(READ_BATCH, wanted - rows.length);
      const batch = await readBatch(cursor, Math.max(count, 1));
      run.interruption.throwIfInterrupted();
      // A read at the cursor's end has no description; keep the one of the rows read.
      if (batch.fields.length > 0) fields = batch.fields;
      rows.push(...batch.rows);
      if (batch.rows.length < count || rows.length >= wanted) break;
    }
    await cursor.close();
    return { rows, fields };
  }

  async function execute(sql: string, options: ExecuteOptions = {}): Promise<QueryResult> {
    const run = await startPgRun(runContext, options);
    const wanted = options.limit === undefined ? Infinity : Math.max(0, options.limit) + 1;
    let read: PgBatch;
    try {
      // Every row wanted, or as many as the SQL allows: one Execute, which may use parallel
      // workers; otherwise a cursor stops reading at the limit.
      const isWhole = wanted === Infinity || options.isBoundedBySql === true;
      read = isWhole ? await readWhole(run.client, sql, parsers) : await readUpTo(run, sql, wanted);
      run.interruption.throwIfInterrupted();
    } catch (error) {
      await run.finish('failed');
      throw run.translate(error);
    }
    await run.finish('ok');
    const columns = describeFields(flavour.dialect, read.fields);
    const truncated = read.rows.length >= wanted;
    return { columns, rows: truncated ? read.rows.slice(0, wanted - 1) : read.rows, truncated };
  }

  async function* stream(sql: string, options: StreamOptions = {}): AsyncGenerator<RowBatch> {
    const run = await startPgRun(runContext, options);
    const batchSize = Math.max(1, options.batchSize ?? STREAM_BATCH);
    const isText = options.cells === 'text';
    let outcome: 'ok' | 'failed' = 'ok';
    try {
      const cursor = openCursor(run.client, sql, isText ? PG_TEXT_PARSERS : parsers);
      const reads = readAhead(cursor, batchSize, Math.max(0, options.limit ?? Infinity));
      let isCursorOpen = true;
      try {
        let columns: ResultColumn[] | null = null;
        let readers: TextCellReader[] | undefined;
        for (let batch = await reads.next(); batch !== null; batch = await reads.next()) {
          run.interruption.throwIfInterrupted();
          if (columns === null) {
            columns = describeFields(flavour.dialect, batch.fields);
            if (isText) {
              const oids = batch.fields.map((field) => field.dataTypeID);
              readers = pgTextReaders(parsers, oids);
            }
          } else if (batch.rows.length === 0) {
            continue;
          }
          yield readers ? { columns, rows: batch.rows, readers } : { columns, rows: batch.rows };
          run.interruption.throwIfInterrupted();
        }
      } catch (error) {
        // A cursor that failed has already ended its portal; closing it would wait forever.
        isCursorOpen = false;
        throw error;
      } finally {
        // The read ahead is waited for even after a failure, so it never outlives the run.
        const isReadable = await reads.settle();
        if (isCursorOpen && isReadable) await cursor.close();
      }
    } catch (error) {
      outcome = 'failed';
      throw run.translate(error);
    } finally {
      await run.finish(outcome);
    }
  }

  return {
    execute,
    stream,
    cancelQuery: cancelBackend,
    async testConnection() {
      const { refuseServer } = flavour;
      const result = await catalogQuery<{ version: string }>(
        refuseServer ? 'SELECT version() AS version' : 'SELECT 1 AS version',
      );
      const refusal = refuseServer?.(String(result[0]?.version ?? ''));
      if (refusal) throw refusal;
    },
    listSchemas: () => listPgSchemas(catalogQuery),
    listTables: (schema) => listPgTables(catalogQuery, schema),
    listViews: (schema) => listPgViews(catalogQuery, schema),
    getTableMetadata: (table, schema) =>
      getPgTableMetadata(catalogQuery, flavour.dialect, table, schema),
    async close() {
      if (!pool.ended) await pool.end();
    },
  };
}
