import type { Selectable } from 'kysely';
import type { LogsTable, MetadataDb } from '../../db/index.js';

/** A row of `logs` as stored. */
export type StoredLogRow = Selectable<LogsTable>;

/** Every stored row, oldest first. */
export async function readLogRows(db: MetadataDb): Promise<StoredLogRow[]> {
  return db.kysely.selectFrom('logs').selectAll().orderBy('id').execute();
}

/**
 * Waits until the rows written in the background satisfy `isDone` (the recorder writes after
 * the response), and returns them; fails after `timeoutMs`.
 */
export async function waitForLogRows(
  db: MetadataDb,
  isDone: (rows: StoredLogRow[]) => boolean,
  timeoutMs = 5_000,
): Promise<StoredLogRow[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const rows = await readLogRows(db);
    if (isDone(rows)) return rows;
    if (Date.now() > deadline) {
      throw new Error(
        `action log rows not as expected: ${JSON.stringify(rows.map((r) => r.action))}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The rows with this action. */
export function rowsWithAction(rows: readonly StoredLogRow[], action: string): StoredLogRow[] {
  return rows.filter((row) => row.action === action);
}
