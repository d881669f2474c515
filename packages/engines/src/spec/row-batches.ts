import type { CellValue, QueryResult, ResultColumn, RowBatch } from './client.js';

/**
 * Reads a statement's batches into one result, cut at `limit` rows: one row past the limit
 * is read to know that more exist, then leaving the loop stops the statement.
 */
export async function collectBatches(
  batches: AsyncIterable<RowBatch>,
  limit?: number,
): Promise<QueryResult> {
  let columns: ResultColumn[] = [];
  const rows: CellValue[][] = [];
  for await (const batch of batches) {
    columns = batch.columns;
    for (const row of batch.rows) rows.push(row);
    if (limit !== undefined && rows.length > limit) {
      rows.length = limit;
      return { columns, rows, truncated: true };
    }
  }
  return { columns, rows, truncated: false };
}

/** Passes a statement's batches on until `limit` rows in all, then stops the statement. */
export async function* limitBatches(
  batches: AsyncIterable<RowBatch>,
  limit?: number,
): AsyncIterable<RowBatch> {
  let remaining = limit ?? Infinity;
  for await (const batch of batches) {
    const rows = batch.rows.length > remaining ? batch.rows.slice(0, remaining) : batch.rows;
    remaining -= rows.length;
    yield { columns: batch.columns, rows };
    if (remaining <= 0) return;
  }
}
