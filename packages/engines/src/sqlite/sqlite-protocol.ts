import type { CellValue } from '../spec/client.js';

/** How the query process opens its file, sent once when it starts. */
export interface SqliteProcessConfig {
  /** An absolute file path, or `:memory:`. */
  path: string;
  /** Every connection is read-only (`?mode=ro`). */
  readOnly: boolean;
  /** How long a statement waits for another connection's lock, in milliseconds. */
  busyTimeoutMs: number;
}

/** Messages from the client to the query process. */
export type SqliteRequest =
  | { kind: 'query'; id: string; sql: string; readOnly: boolean; batchSize: number }
  /** Send the next batch of the running query. */
  | { kind: 'next'; id: string }
  /** The consumer has enough rows: close the running query. */
  | { kind: 'stop'; id: string };

/** A result column as SQLite declares it (`type` is null for expressions). */
export interface SqliteColumn {
  name: string;
  type: string | null;
}

/** Messages from the query process to the client. */
export type SqliteReply =
  | { kind: 'batch'; id: string; columns: SqliteColumn[]; rows: CellValue[][]; done: boolean }
  | { kind: 'error'; id: string; message: string; code: string | null };
