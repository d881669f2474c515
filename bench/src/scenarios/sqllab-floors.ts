import type pg from 'pg';
import Cursor from 'pg-cursor';

/** What one floor read produced, for the correctness check against the product. */
export interface FloorRead {
  readonly rows: number;
  readonly bytes: number;
}

const BATCH_SIZE = 5_000;
const NEWLINE = 0x0a;

/** Text values straight from the wire: no Date, no number parsing. */
const RAW_TEXT_TYPES = { getTypeParser: () => (value: string) => value };

/** The stock driver's everyday path: one query, object rows, default value parsing. */
export async function readObjectRows(pool: pg.Pool, sql: string): Promise<FloorRead> {
  const result = await pool.query(sql);
  return { rows: result.rows.length, bytes: 0 };
}

/** The stock driver's fastest path: pg-cursor batches of array rows, no value parsing. */
export async function readRawArrays(pool: pg.Pool, sql: string): Promise<FloorRead> {
  let rows = 0;
  await eachRawBatch(pool, sql, (batch) => {
    rows += batch.length;
  });
  return { rows, bytes: 0 };
}

type RawRow = (string | null)[];

/** One batch of a cursor with the result's column names (pg passes them to a read callback). */
function readBatch(cursor: Cursor, size: number): Promise<{ rows: RawRow[]; names: string[] }> {
  return new Promise((resolve, reject) => {
    cursor.read(size, (error, rows, result) => {
      if (error) reject(error);
      // A cursor already at its end answers an empty read without a result.
      else
        resolve({ rows: rows as RawRow[], names: result?.fields.map((field) => field.name) ?? [] });
    });
  });
}

async function eachRawBatch(
  pool: pg.Pool,
  sql: string,
  onBatch: (batch: RawRow[], names: readonly string[]) => void,
): Promise<void> {
  const client = await pool.connect();
  try {
    const cursor = client.query(new Cursor(sql, [], { rowMode: 'array', types: RAW_TEXT_TYPES }));
    for (;;) {
      const { rows, names } = await readBatch(cursor, BATCH_SIZE);
      if (rows.length === 0) break;
      onBatch(rows, names);
    }
    await cursor.close();
  } finally {
    client.release();
  }
}

function csvCell(value: string | null): string {
  if (value === null) return '';
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * An in-process CSV export on the stock driver: pg-cursor array rows of wire text, quoted
 * where needed, one Buffer per batch (what a hand-written export would do). Counts rows by
 * line breaks, header excluded, as the product's export is counted.
 */
export async function exportCsvWithCursor(pool: pg.Pool, sql: string): Promise<FloorRead> {
  let bytes = 0;
  let lines = 0;
  let isHeaderWritten = false;
  await eachRawBatch(pool, sql, (batch, names) => {
    let text = '';
    if (!isHeaderWritten) {
      text += `${names.map(csvCell).join(',')}\n`;
      isHeaderWritten = true;
    }
    for (const row of batch) text += `${row.map(csvCell).join(',')}\n`;
    const chunk = Buffer.from(text, 'utf8');
    bytes += chunk.length;
    lines += countLines(chunk);
  });
  return { rows: lines - 1, bytes };
}

/** Line breaks in a chunk of CSV (no value of the benchmark table contains one). */
export function countLines(chunk: Uint8Array): number {
  let lines = 0;
  let at = chunk.indexOf(NEWLINE);
  while (at !== -1) {
    lines += 1;
    at = chunk.indexOf(NEWLINE, at + 1);
  }
  return lines;
}

/**
 * `COPY (...) TO STDOUT` received by the driver's connection with no decoding: the
 * physical floor of streaming a result into Node (performance.md §3.5). A minimal
 * submittable in place of pg-copy-streams, which is not installed: pg hands it every
 * CopyData message, then CommandComplete and ReadyForQuery.
 */
class CopyOut implements pg.Submittable {
  private bytes = 0;
  private lines = 0;
  private error: Error | undefined;
  readonly done: Promise<FloorRead>;
  private settle!: { resolve: (read: FloorRead) => void; reject: (error: Error) => void };

  constructor(private readonly copySql: string) {
    this.done = new Promise<FloorRead>((resolve, reject) => {
      this.settle = { resolve, reject };
    });
  }

  submit(connection: pg.Connection): void {
    connection.query(this.copySql);
  }

  handleCopyData(message: { chunk: Buffer }): void {
    this.bytes += message.chunk.length;
    this.lines += countLines(message.chunk);
  }

  handleError(error: Error): void {
    this.error = error;
    this.settle.reject(error);
  }

  handleReadyForQuery(): void {
    if (this.error === undefined) this.settle.resolve({ rows: this.lines - 1, bytes: this.bytes });
  }

  // Messages a COPY does not send; pg calls them on whatever query is active.
  handleRowDescription(): void {}
  handleDataRow(): void {}
  handleCommandComplete(): void {}
  handleEmptyQuery(): void {}
  handlePortalSuspended(): void {}
  handleCopyInResponse(connection: { sendCopyFail: (message: string) => void }): void {
    connection.sendCopyFail('not a COPY FROM');
  }
}

/** `COPY (sql) TO STDOUT (FORMAT csv, HEADER)` into Node, bytes counted and dropped. */
export async function copyCsvToNode(pool: pg.Pool, sql: string): Promise<FloorRead> {
  const client = await pool.connect();
  try {
    const copy = client.query(new CopyOut(`COPY (${sql}) TO STDOUT (FORMAT csv, HEADER)`));
    return await copy.done;
  } finally {
    client.release();
  }
}
