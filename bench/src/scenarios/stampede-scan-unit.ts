import type pg from 'pg';
import Cursor from 'pg-cursor';

/** A table by schema and name. */
export interface TableName {
  readonly schema: string;
  readonly table: string;
}

const ALL_ROWS = 1_000_000;

/**
 * The unit of the stampede's count: the scans of `target` that one execution of `sql` makes,
 * read through a cursor as the product's engine client reads (PostgreSQL then runs no
 * parallel workers; a plan may still scan a table more than once). Counted by this session's
 * own transaction statistics (pg_stat_xact_user_tables), so no other session on the shared
 * server can add to it and no statistics flush is awaited. Returns the scans and the rows read.
 */
export async function scansOfOneCursorRead(
  pool: pg.Pool,
  target: TableName,
  sql: string,
): Promise<{ scans: number; rows: number }> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const before = await transactionScans(client, target);
    const cursor = client.query(new Cursor(sql, [], { rowMode: 'array' }));
    const rows = await new Promise<number>((resolve, reject) => {
      cursor.read(ALL_ROWS, (error, read) => (error ? reject(error) : resolve(read.length)));
    });
    await cursor.close();
    const scans = (await transactionScans(client, target)) - before;
    return { scans, rows };
  } finally {
    await client.query('ROLLBACK').catch(() => undefined);
    client.release();
  }
}

/** Scans of the table this transaction made so far (sequential plus index). */
async function transactionScans(client: pg.PoolClient, target: TableName): Promise<number> {
  const { rows } = await client.query<{ scans: string | null }>(
    `SELECT (coalesce(seq_scan, 0) + coalesce(idx_scan, 0))::text AS scans
     FROM pg_stat_xact_user_tables WHERE schemaname = $1 AND relname = $2`,
    [target.schema, target.table],
  );
  const scans = rows[0]?.scans;
  if (scans === undefined || scans === null) {
    throw new Error(`no statistics for ${target.schema}.${target.table}`);
  }
  return Number(scans);
}
