import type { FieldPacket, Pool, PoolConnection } from 'mysql2';
import type { ExecuteOptions, ResultColumn } from '../spec/client.js';
import type { Dialect } from '../spec/dialect.js';
import { EngineError } from '../spec/engine-error.js';
import { watchInterruption, type Interruption } from '../spec/statement-interruption.js';

/** What a statement run needs from its client. */
export interface MysqlRunContext {
  dialect: Dialect;
  pool: Pool;
  /** The database the pool's connections start in, restored after a run in another schema. */
  database: string | undefined;
  /** Runs `KILL QUERY` for a connection id from a connection of its own; false when it failed. */
  killQuery(threadId: string): Promise<boolean>;
  classify(error: unknown): EngineError;
}

/**
 * How a run ended: `ok` and `failed` keep a healthy connection; `abandoned` means rows were
 * left unread, so the statement is killed and the connection closed.
 */
export type MysqlRunOutcome = 'ok' | 'failed' | 'abandoned';

/** One statement's hold on a pooled connection, from checkout to release. */
export interface MysqlRun {
  connection: PoolConnection;
  interruption: Interruption;
  translate(error: unknown): EngineError;
  finish(outcome: MysqlRunOutcome): Promise<void>;
}

/** Runs one statement on a connection and resolves when it is done. */
export function runOn(connection: PoolConnection, sql: string): Promise<void> {
  return new Promise((resolve, reject) => {
    connection.query(sql, (error) => (error ? reject(error) : resolve()));
  });
}

/**
 * Checks out a pooled connection, waiting in the pool's queue until the run is interrupted
 * (its time limit or abort signal); mysql2's queue has no time limit of its own and
 * `connectTimeout` bounds only opening a connection. A connection that arrives after the
 * wait was given up goes straight back to the pool.
 */
function checkout(pool: Pool, onStop: (stop: () => void) => void): Promise<PoolConnection> {
  let isAbandoned = false;
  return new Promise((resolve, reject) => {
    onStop(() => {
      isAbandoned = true;
      reject(new Error('stopped waiting for a connection'));
    });
    pool.getConnection((error, connection) => {
      if (error) reject(error);
      else if (isAbandoned) connection.release();
      else resolve(connection);
    });
  });
}

/**
 * Checks out a connection and prepares it for one statement: reports the connection id,
 * switches to `schema`, opens a read-only transaction for `readOnly`, and watches the time
 * limit and abort signal, killing the statement in the server.
 */
export async function startMysqlRun(
  ctx: MysqlRunContext,
  options: ExecuteOptions,
): Promise<MysqlRun> {
  let connection: PoolConnection | null = null;
  let stopping: Promise<unknown> = Promise.resolve();
  const stop = (held: PoolConnection) =>
    ctx.killQuery(String(held.threadId)).then((killed) => killed || held.destroy());
  let stopWaiting: (() => void) | null = null;
  const interruption = watchInterruption(options, () => {
    if (connection) stopping = stop(connection);
    stopWaiting?.();
  });
  const translate = (error: unknown) =>
    interruption.error() ?? (error instanceof EngineError ? error : ctx.classify(error));
  try {
    interruption.throwIfInterrupted();
    connection = await checkout(ctx.pool, (giveUp) => (stopWaiting = giveUp));
    stopWaiting = null;
    options.onCancelId?.(String(connection.threadId));
    interruption.throwIfInterrupted();
    if (options.schema)
      await runOn(connection, `USE ${ctx.dialect.quoteIdentifier(options.schema)}`);
    if (options.readOnly) await runOn(connection, 'START TRANSACTION READ ONLY');
  } catch (error) {
    interruption.dispose();
    connection?.destroy();
    throw translate(error);
  }
  const held = connection;
  return {
    connection: held,
    interruption,
    translate,
    async finish(outcome) {
      interruption.dispose();
      await stopping;
      if (outcome === 'abandoned' || interruption.reason !== null) {
        if (outcome === 'abandoned') await ctx.killQuery(String(held.threadId));
        held.destroy();
        return;
      }
      try {
        if (options.readOnly) await runOn(held, outcome === 'ok' ? 'COMMIT' : 'ROLLBACK');
        if (options.schema) {
          if (ctx.database === undefined) throw new Error('no database to return to');
          await runOn(held, `USE ${ctx.dialect.quoteIdentifier(ctx.database)}`);
        }
        held.release();
      } catch {
        held.destroy();
      }
    },
  };
}

/** Result columns from mysql2's field packets, with the protocol's type names. */
export function describeMysqlFields(
  dialect: Dialect,
  typeNames: ReadonlyMap<number, string>,
  fields: readonly FieldPacket[],
): ResultColumn[] {
  return fields.map((field) => {
    const code = field.columnType ?? field.type;
    const type =
      field.extendedFormat === 'json'
        ? 'JSON'
        : code === undefined
          ? null
          : (typeNames.get(code) ?? null);
    return {
      name: field.name,
      type,
      genericType: type === null ? null : dialect.genericType(type),
    };
  });
}
