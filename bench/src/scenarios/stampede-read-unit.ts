import type pg from 'pg';
import { rowsReadDuring } from './dashboard-db-count.js';

/** A table by schema and name. */
export interface TableName {
  readonly schema: string;
  readonly table: string;
}

/**
 * The unit of the stampede's count: the rows of `target` one execution of `sql` reads, run
 * whole as the product's engine client runs a chart query (so with the same parallel plan).
 * PostgreSQL's shared statistics count them, so nothing else may read the table meanwhile.
 * Returns the rows read from the table and the rows the statement answered.
 */
export async function rowsReadByOneExecution(
  pool: pg.Pool,
  target: TableName,
  sql: string,
): Promise<{ rowsRead: number; rows: number }> {
  let rows = 0;
  const rowsRead = await rowsReadDuring(pool, target, async () => {
    rows = (await pool.query({ text: sql, rowMode: 'array' })).rows.length;
  });
  return { rowsRead, rows };
}
