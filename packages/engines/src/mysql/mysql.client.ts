import type { Connection, Pool } from 'mysql2';
import type { ConnectionSettings } from '../connection/connection-settings.js';
import type {
  CellValue,
  EngineClient,
  ExecuteOptions,
  QueryResult,
  RowBatch,
} from '../spec/client.js';
import type { Dialect } from '../spec/dialect.js';
import { errorText } from '../spec/error-text.js';
import {
  getMysqlTableMetadata,
  listMysqlSchemas,
  listMysqlTables,
  listMysqlViews,
  type MysqlCatalogQuery,
} from './mysql-metadata.js';
import type { MysqlDriver } from './mysql-driver.js';
import { mysqlConnectionConfig, mysqlPoolConfig } from './mysql-pool-config.js';
import { openMysqlResult } from './mysql-result.js';
import {
  describeMysqlFields,
  startMysqlRun,
  type MysqlRunContext,
  type MysqlRunOutcome,
} from './mysql-run.js';

const READ_BATCH = 10_000;
const STREAM_BATCH = 1_000;
/** Rows past the limit read and dropped before killing the statement instead. */
const DRAIN_MAX = 10_000;

function runQuery<Row>(
  target: Pool | Connection,
  sql: string,
  values: readonly unknown[] = [],
): Promise<Row[]> {
  return new Promise((resolve, reject) => {
    target.query(sql, [...values], (error, rows) =>
      error ? reject(error) : resolve(rows as Row[]),
    );
  });
}

/**
 * A client for MySQL and MariaDB on mysql2: a pool built from the typed settings, rows
 * streamed with back-pressure (a row limit stops reading early), statements killed in the
 * server on timeout or abort with `KILL QUERY` from another connection.
 */
export function createMysqlClient(
  driver: MysqlDriver,
  settings: ConnectionSettings,
  dialect: Dialect,
): EngineClient {
  const pool = driver.createPool(mysqlPoolConfig(settings));
  const classify = (error: unknown) => dialect.classifyError(errorText(error), [settings.password]);

  async function killQuery(threadId: string): Promise<boolean> {
    if (!/^\d+$/.test(threadId)) return false;
    const connection = driver.createConnection(mysqlConnectionConfig(settings));
    connection.on('error', () => undefined);
    try {
      await runQuery(connection, `KILL QUERY ${threadId}`);
      return true;
    } catch {
      return false;
    } finally {
      connection.destroy();
    }
  }

  const runContext: MysqlRunContext = {
    dialect,
    pool,
    database: settings.database,
    killQuery,
    classify,
  };

  const catalogQuery: MysqlCatalogQuery = async <Row extends object>(
    sql: string,
    values: readonly unknown[] = [],
  ) => {
    try {
      return await runQuery<Row>(pool, sql, values);
    } catch (error) {
      throw classify(error);
    }
  };

  async function execute(sql: string, options: ExecuteOptions = {}): Promise<QueryResult> {
    const run = await startMysqlRun(runContext, options);
    const wanted = options.limit === undefined ? Infinity : Math.max(0, options.limit) + 1;
    const rows: CellValue[][] = [];
    let outcome: MysqlRunOutcome = 'ok';
    let result;
    try {
      result = openMysqlResult(run.connection, sql, READ_BATCH);
      let dropped = 0;
      for await (const row of result.rows()) {
        if (rows.length < wanted) rows.push(row);
        else if ((dropped += 1) > DRAIN_MAX) break;
      }
      run.interruption.throwIfInterrupted();
      if (!result.isDone()) outcome = 'abandoned';
    } catch (error) {
      await run.finish('failed');
      throw run.translate(error);
    }
    await run.finish(outcome);
    const truncated = rows.length >= wanted;
    return {
      columns: describeMysqlFields(dialect, driver.typeNames, result.fields()),
      rows: truncated ? rows.slice(0, wanted - 1) : rows,
      truncated,
    };
  }

  async function* stream(
    sql: string,
    options: ExecuteOptions & { batchSize?: number } = {},
  ): AsyncGenerator<RowBatch> {
    const run = await startMysqlRun(runContext, options);
    const batchSize = Math.max(1, options.batchSize ?? STREAM_BATCH);
    const limit = options.limit ?? Infinity;
    let outcome: MysqlRunOutcome = 'abandoned';
    try {
      const result = openMysqlResult(run.connection, sql, batchSize);
      const columns = () => describeMysqlFields(dialect, driver.typeNames, result.fields());
      let batch: CellValue[][] = [];
      let sent = 0;
      for await (const row of result.rows()) {
        run.interruption.throwIfInterrupted();
        if (sent + batch.length >= limit) break;
        batch.push(row);
        if (batch.length >= batchSize) {
          yield { columns: columns(), rows: batch };
          sent += batch.length;
          batch = [];
        }
      }
      run.interruption.throwIfInterrupted();
      if (batch.length > 0 || sent === 0) yield { columns: columns(), rows: batch };
      outcome = result.isDone() ? 'ok' : 'abandoned';
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
    cancelQuery: killQuery,
    async testConnection() {
      await catalogQuery('SELECT 1');
    },
    listSchemas: () => listMysqlSchemas(catalogQuery),
    listTables: (schema) => listMysqlTables(catalogQuery, schema),
    listViews: (schema) => listMysqlViews(catalogQuery, schema),
    getTableMetadata: (table, schema) =>
      getMysqlTableMetadata(catalogQuery, dialect, table, schema),
    close: () =>
      new Promise<void>((resolve) => {
        pool.end(() => resolve());
      }),
  };
}
