import type { FieldDef, PoolClient } from 'pg';
import type PgCursor from 'pg-cursor';
import type { CellValue, ExecuteOptions, ResultColumn } from '../spec/client.js';
import type { Dialect } from '../spec/dialect.js';
import { EngineError } from '../spec/engine-error.js';
import { watchInterruption, type Interruption } from '../spec/statement-interruption.js';
import { pgTypeName } from './pg-type-names.js';
import type { PgCellParsers } from './pg-values.js';

/** What a statement run needs from its client. */
export interface PgRunContext {
  dialect: Dialect;
  connect(): Promise<PoolClient>;
  /** Stops the statement running on `client` (backend `pid`), whatever it takes. */
  stopBackend(pid: string, client: PoolClient): Promise<void>;
  classify(error: unknown): EngineError;
}

/** How a statement run ended, which decides commit or rollback and whether to keep the connection. */
export type PgRunOutcome = 'ok' | 'failed';

/** One statement's hold on a pooled connection, from checkout to release. */
export interface PgRun {
  client: PoolClient;
  interruption: Interruption;
  /** Any error of the statement as an EngineError; an interruption wins over the driver's words. */
  translate(error: unknown): EngineError;
  /** Ends the transaction, resets the session and hands the connection back (closed when unsure of its state). */
  finish(outcome: PgRunOutcome): Promise<void>;
}

async function backendPid(client: PoolClient): Promise<string> {
  if ('processID' in client && typeof client.processID === 'number') {
    return String(client.processID);
  }
  const result = await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
  return String(result.rows[0]?.pid);
}

/**
 * Waits for a pooled connection until the run is interrupted (its time limit or abort
 * signal), not for the connect timeout: a full pool queues a request rather than refusing
 * it. A connection that arrives after the wait was given up goes straight back to the pool.
 */
function untilInterrupted(
  checkout: Promise<PoolClient>,
  onStop: (stop: () => void) => void,
): Promise<PoolClient> {
  let isAbandoned = false;
  return new Promise<PoolClient>((resolve, reject) => {
    onStop(() => {
      isAbandoned = true;
      reject(new Error('stopped waiting for a connection'));
    });
    checkout.then(
      (client) => (isAbandoned ? client.release() : resolve(client)),
      (error: unknown) => reject(error instanceof Error ? error : new Error(String(error))),
    );
  });
}

/**
 * Checks out a connection and prepares it for one statement: reports the backend pid,
 * sets the search path for `schema`, opens a read-only transaction for `readOnly`, and
 * watches the time limit and abort signal, stopping the statement in the database.
 */
export async function startPgRun(ctx: PgRunContext, options: ExecuteOptions): Promise<PgRun> {
  let client: PoolClient | null = null;
  let pid: string | null = null;
  let stopping: Promise<void> = Promise.resolve();
  let stopWaiting: (() => void) | null = null;
  const interruption = watchInterruption(options, () => {
    if (client && pid !== null) stopping = ctx.stopBackend(pid, client);
    stopWaiting?.();
  });
  const translate = (error: unknown) =>
    interruption.error() ?? (error instanceof EngineError ? error : ctx.classify(error));
  try {
    interruption.throwIfInterrupted();
    client = await untilInterrupted(ctx.connect(), (stop) => (stopWaiting = stop));
    stopWaiting = null;
    pid = await backendPid(client);
    options.onCancelId?.(pid);
    interruption.throwIfInterrupted();
    if (options.schema) {
      await client.query(`SET search_path TO ${ctx.dialect.quoteIdentifier(options.schema)}`);
    }
    if (options.readOnly) await client.query('BEGIN READ ONLY');
  } catch (error) {
    interruption.dispose();
    client?.release(true);
    throw translate(error);
  }
  const held = client;
  return {
    client: held,
    interruption,
    translate,
    async finish(outcome) {
      interruption.dispose();
      await stopping;
      let reusable = interruption.reason === null;
      try {
        if (options.readOnly) await held.query(outcome === 'ok' ? 'COMMIT' : 'ROLLBACK');
        if (options.schema) await held.query('RESET search_path');
      } catch {
        reusable = false;
      }
      held.release(reusable ? undefined : true);
    },
  };
}

/** A batch read from a cursor, with the result's columns. */
export interface PgBatch {
  rows: CellValue[][];
  fields: FieldDef[];
}

/** A cursor whose `types` parsers give cells (see `pgCellParsers`). */
export type PgCellCursor = PgCursor<CellValue[]>;

/** Reads up to `count` rows; fewer means the result is exhausted. */
export function readBatch(cursor: PgCellCursor, count: number): Promise<PgBatch> {
  return new Promise((resolve, reject) => {
    cursor.read(count, (error, rows, result) => {
      if (error) reject(error);
      // A cursor already at its end answers without a result (and without rows).
      else resolve({ rows, fields: result?.fields ?? [] });
    });
  });
}

/**
 * Reads a whole result in one Execute. PostgreSQL gives a statement parallel workers only
 * when its portal runs to completion at once: a cursor read in batches never gets them, which
 * made a scan of a large table 1.5x slower (docs/benchmarks.md). The extended protocol keeps
 * one statement per call, as the cursor does.
 */
export async function readWhole(
  client: PoolClient,
  sql: string,
  types: PgCellParsers,
): Promise<PgBatch> {
  const query = { text: sql, rowMode: 'array' as const, types, queryMode: 'extended' };
  const result = await client.query<CellValue[]>(query);
  return { rows: result.rows, fields: result.fields };
}

/** Result columns from the driver's field descriptions. */
export function describeFields(dialect: Dialect, fields: readonly FieldDef[]): ResultColumn[] {
  return fields.map((field) => {
    const type = pgTypeName(field.dataTypeID);
    return {
      name: field.name,
      type,
      genericType: type === null ? null : dialect.genericType(type),
    };
  });
}
