/**
 * The child process that owns a client's SQLite file. better-sqlite3 runs a statement
 * synchronously inside one native call, which neither a worker's `terminate()` nor anything
 * else in the process can interrupt, so the client runs it here and kills the process to
 * stop a statement. Rows go back in batches, one batch per `next` request.
 */
import Database from 'better-sqlite3';
import type { CellValue } from '../spec/client.js';
import type {
  SqliteColumn,
  SqliteProcessConfig,
  SqliteReply,
  SqliteRequest,
} from './sqlite-protocol.js';

const config = JSON.parse(process.argv[2] ?? '{}') as SqliteProcessConfig;
const isMemory = config.path === ':memory:';
const connections = new Map<'read-write' | 'read-only', Database.Database>();

interface ActiveQuery {
  id: string;
  rows: Iterator<unknown[]>;
  columns: SqliteColumn[];
  batchSize: number;
}
let active: ActiveQuery | null = null;

function send(reply: SqliteReply): void {
  process.send?.(reply);
}

/** A file opened read-only cannot be written through; memory has one connection, checked per statement. */
function connectionFor(readOnly: boolean): Database.Database {
  const mode = readOnly && !isMemory ? 'read-only' : 'read-write';
  let db = connections.get(mode);
  if (!db) {
    db = new Database(config.path, {
      readonly: mode === 'read-only',
      fileMustExist: true,
      timeout: config.busyTimeoutMs,
    });
    connections.set(mode, db);
  }
  return db;
}

function toCell(value: unknown): CellValue {
  if (typeof value === 'bigint') {
    return value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(Number.MIN_SAFE_INTEGER)
      ? Number(value)
      : value.toString();
  }
  if (value instanceof Uint8Array) return Buffer.from(value).toString('hex');
  if (value === null || typeof value === 'number' || typeof value === 'string') return value;
  throw new TypeError(`SQLite returned a value of an unexpected kind (${typeof value}).`);
}

function fail(id: string, error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  const code =
    error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : null;
  send({ kind: 'error', id, message, code });
}

function sendBatch(query: ActiveQuery): void {
  const rows: CellValue[][] = [];
  try {
    while (rows.length < query.batchSize) {
      const next = query.rows.next();
      if (next.done) {
        active = null;
        send({ kind: 'batch', id: query.id, columns: query.columns, rows, done: true });
        return;
      }
      rows.push(next.value.map(toCell));
    }
  } catch (error) {
    active = null;
    fail(query.id, error);
    return;
  }
  send({ kind: 'batch', id: query.id, columns: query.columns, rows, done: false });
}

function start(request: Extract<SqliteRequest, { kind: 'query' }>): void {
  const readOnly = request.readOnly || config.readOnly;
  try {
    const statement = connectionFor(readOnly).prepare(request.sql);
    if (readOnly && !statement.readonly) {
      throw new Error('attempt to write a readonly database');
    }
    if (!statement.reader) {
      statement.run();
      send({ kind: 'batch', id: request.id, columns: [], rows: [], done: true });
      return;
    }
    statement.safeIntegers(true).raw(true);
    const columns = statement.columns().map((column) => ({ name: column.name, type: column.type }));
    active = {
      id: request.id,
      rows: statement.iterate() as Iterator<unknown[]>,
      columns,
      batchSize: Math.max(1, request.batchSize),
    };
    sendBatch(active);
  } catch (error) {
    fail(request.id, error);
  }
}

process.on('message', (request: SqliteRequest) => {
  switch (request.kind) {
    case 'query':
      start(request);
      break;
    case 'next':
      if (active?.id === request.id) sendBatch(active);
      break;
    case 'stop':
      if (active?.id === request.id) {
        active.rows.return?.();
        active = null;
      }
      break;
  }
});

// The client went away (closed, or its process died): nothing may keep the file open.
process.on('disconnect', () => {
  for (const db of connections.values()) db.close();
  process.exit(0);
});
