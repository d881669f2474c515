import { fork, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { CellValue } from '../spec/client.js';
import { EngineError } from '../spec/engine-error.js';
import type {
  SqliteColumn,
  SqliteProcessConfig,
  SqliteReply,
  SqliteRequest,
} from './sqlite-protocol.js';
import { SQLITE_DIALECT } from './sqlite.dialect.js';

/** One batch of a statement's rows. */
export interface SqliteBatch {
  columns: SqliteColumn[];
  rows: CellValue[][];
}

/** A statement to run in the query process. */
export interface SqliteStatement {
  id: string;
  sql: string;
  readOnly: boolean;
  batchSize: number;
}

interface Waiter {
  id: string;
  resolve(): void;
  reject(error: Error): void;
}

/**
 * Starts the query process. From the TypeScript sources (tests) it runs through tsx's
 * loader; from the build it is plain JavaScript next to this file.
 */
function spawnQueryProcess(config: SqliteProcessConfig): ChildProcess {
  const isSource = import.meta.url.endsWith('.ts');
  const entry = new URL(`./sqlite-query-process.${isSource ? 'ts' : 'js'}`, import.meta.url);
  const execArgv = isSource
    ? ['--import', pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href]
    : [];
  return fork(fileURLToPath(entry), [JSON.stringify(config)], {
    execArgv,
    serialization: 'advanced',
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
}

/**
 * The client's side of its SQLite query process: one statement at a time (others wait their
 * turn), rows pulled batch by batch, and a statement stopped by killing the process, which
 * starts again for the next one.
 */
export class SqliteQueryProcess {
  readonly #config: SqliteProcessConfig;
  #child: ChildProcess | null = null;
  #activeId: string | null = null;
  #waiting: Waiter[] = [];
  #inbox: SqliteReply | Error | null = null;
  #onReply: ((reply: SqliteReply | Error) => void) | null = null;
  #closed = false;

  constructor(config: SqliteProcessConfig) {
    this.#config = config;
  }

  /** Runs one statement, yielding its batches; leaving the loop early closes the statement. */
  async *run(statement: SqliteStatement): AsyncGenerator<SqliteBatch> {
    await this.#acquire(statement.id);
    let finished = false;
    try {
      this.#send({ kind: 'query', ...statement });
      for (;;) {
        const reply = await this.#nextReply();
        if (reply.kind === 'error') {
          finished = true;
          throw SQLITE_DIALECT.classifyError(reply.message);
        }
        finished = reply.done;
        yield { columns: reply.columns, rows: reply.rows };
        if (finished) return;
        this.#send({ kind: 'next', id: statement.id });
      }
    } finally {
      if (!finished && this.#activeId === statement.id && this.#child) {
        this.#send({ kind: 'stop', id: statement.id });
      }
      this.#release(statement.id);
    }
  }

  /**
   * Stops a statement with `error`: a waiting one leaves the queue, a running one ends with
   * its process. False when no such statement is waiting or running.
   */
  interrupt(id: string, error: Error): boolean {
    const index = this.#waiting.findIndex((waiter) => waiter.id === id);
    if (index !== -1) {
      const [waiter] = this.#waiting.splice(index, 1);
      waiter?.reject(error);
      return true;
    }
    if (this.#activeId !== id) return false;
    this.#kill(error);
    return true;
  }

  /** Stops the process and refuses further statements. */
  close(): void {
    this.#closed = true;
    const closed = new EngineError('GENERIC_DB_ENGINE_ERROR', 'The SQLite client was closed.');
    for (const waiter of this.#waiting.splice(0)) waiter.reject(closed);
    if (this.#activeId !== null) this.#kill(closed);
    else this.#child?.disconnect();
    this.#child = null;
  }

  async #acquire(id: string): Promise<void> {
    if (this.#closed) {
      throw new EngineError('GENERIC_DB_ENGINE_ERROR', 'The SQLite client was closed.');
    }
    if (this.#activeId === null) {
      this.#activeId = id;
    } else {
      await new Promise<void>((resolve, reject) => this.#waiting.push({ id, resolve, reject }));
    }
    this.#inbox = null;
    this.#child?.channel?.ref();
  }

  #release(id: string): void {
    if (this.#activeId !== id) return;
    const next = this.#waiting.shift();
    this.#activeId = next?.id ?? null;
    if (next) next.resolve();
    else this.#child?.channel?.unref();
  }

  /** Only a query starts a process; `next` and `stop` mean nothing to a fresh one. */
  #send(request: SqliteRequest): void {
    if (request.kind === 'query') this.#ensureChild().send(request);
    else this.#child?.send(request);
  }

  #ensureChild(): ChildProcess {
    if (this.#child) return this.#child;
    const child = spawnQueryProcess(this.#config);
    child.on('message', (reply: SqliteReply) => this.#deliver(reply));
    child.on('exit', (code, signal) => {
      if (this.#child !== child) return;
      this.#child = null;
      this.#deliver(
        new EngineError(
          'GENERIC_DB_ENGINE_ERROR',
          `The SQLite query process stopped unexpectedly (${signal ?? `exit code ${code}`}).`,
        ),
      );
    });
    // A process that could not start, or a message sent as it died.
    child.on('error', (error) => {
      if (this.#child !== child) return;
      this.#child = null;
      child.kill('SIGKILL');
      this.#deliver(
        new EngineError(
          'GENERIC_DB_ENGINE_ERROR',
          `The SQLite query process failed: ${error.message}`,
        ),
      );
    });
    child.unref();
    this.#child = child;
    return child;
  }

  #kill(error: Error): void {
    const child = this.#child;
    this.#child = null;
    child?.kill('SIGKILL');
    this.#deliver(error);
  }

  #deliver(reply: SqliteReply | Error): void {
    const onReply = this.#onReply;
    if (onReply) {
      this.#onReply = null;
      onReply(reply);
    } else if (this.#activeId !== null) {
      this.#inbox = reply;
    }
  }

  async #nextReply(): Promise<SqliteReply> {
    const reply =
      this.#inbox ??
      (await new Promise<SqliteReply | Error>((resolve) => {
        this.#onReply = resolve;
      }));
    this.#inbox = null;
    if (reply instanceof Error) throw reply;
    return reply;
  }
}
