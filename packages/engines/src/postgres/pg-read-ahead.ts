import type { FieldDef } from 'pg';
import type { PgBatch, PgCellCursor } from './pg-run.js';

/** A cursor's batches in order, the next one already on its way while the caller works. */
export interface PgBatchReads {
  /** The next batch, or null when the result (or the limit) is exhausted. */
  next(): Promise<PgBatch | null>;
  /**
   * Asks for nothing more and waits for a read in flight; false when a read failed, and the
   * cursor, whose portal the failure ended, must not be closed (that would wait forever).
   */
  settle(): Promise<boolean>;
}

/**
 * Reads up to `limit` rows in batches of `batchSize`, asking for the next batch as soon as
 * one arrives, so the database produces it while the caller formats or sends the last one
 * (one batch ahead at most). With `limit` 0 one row is read, to learn the columns, and
 * dropped. A failed read rejects the `next()` that returns it, never as an unhandled rejection.
 */
export function readAhead(cursor: PgCellCursor, batchSize: number, limit: number): PgBatchReads {
  let remaining = limit;
  let isStopped = false;
  let hasFailed = false;
  let lastFields: FieldDef[] = [];
  let inFlight: Promise<PgBatch> | null = null;

  const request = (): Promise<PgBatch> => {
    const count = Math.max(1, Math.min(batchSize, remaining));
    const read = new Promise<PgBatch>((resolve, reject) => {
      cursor.read(count, (error, rows, result) => {
        if (error) {
          isStopped = true;
          hasFailed = true;
          reject(error);
          return;
        }
        const kept = Math.min(rows.length, Math.max(remaining, 0));
        remaining -= kept;
        lastFields = result?.fields ?? lastFields;
        // Asked for here, in the driver's callback, so the database does not wait on the caller.
        if (!isStopped && rows.length === count && remaining > 0) inFlight = request();
        resolve({ rows: kept < rows.length ? rows.slice(0, kept) : rows, fields: lastFields });
      });
    });
    read.catch(() => undefined);
    return read;
  };

  inFlight = request();
  return {
    next() {
      const read = inFlight;
      inFlight = null;
      return read ?? Promise.resolve(null);
    },
    async settle() {
      isStopped = true;
      const read = inFlight;
      inFlight = null;
      await read?.catch(() => undefined);
      return !hasFailed;
    },
  };
}
