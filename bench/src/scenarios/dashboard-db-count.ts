import { setTimeout as sleep } from 'node:timers/promises';
import type pg from 'pg';

/**
 * How long a backend may hold its table statistics before PostgreSQL publishes them: an
 * idle backend flushes within PGSTAT_IDLE_INTERVAL (10 s, PostgreSQL 15).
 */
export const STATS_FLUSH_WAIT_MS = 11_000;

/**
 * Rows PostgreSQL has counted as read from one table: by sequential scans plus fetched by
 * index scans. Parallel workers split a scan's rows between them, so a statement reads the
 * same rows with or without workers (while each worker counts a scan of its own).
 */
export async function tableRowsRead(pool: pg.Pool, schema: string, table: string): Promise<number> {
  const { rows } = await pool.query<{ read: string | null }>(
    `SELECT (coalesce(seq_tup_read, 0) + coalesce(idx_tup_fetch, 0))::text AS read
     FROM pg_stat_user_tables WHERE schemaname = $1 AND relname = $2`,
    [schema, table],
  );
  const read = rows[0]?.read;
  if (read === undefined || read === null) throw new Error(`no statistics for ${schema}.${table}`);
  return Number(read);
}

/**
 * The rows of a table that `work` read, by PostgreSQL's own count: read once every backend
 * has published what it did before, and again once they published `work`'s reads.
 */
export async function rowsReadDuring(
  pool: pg.Pool,
  target: { schema: string; table: string },
  work: () => Promise<void>,
): Promise<number> {
  await sleep(STATS_FLUSH_WAIT_MS);
  const before = await tableRowsRead(pool, target.schema, target.table);
  await work();
  await sleep(STATS_FLUSH_WAIT_MS);
  return (await tableRowsRead(pool, target.schema, target.table)) - before;
}

/** How many different query contexts `contexts` hold: equal JSON, whatever the key order. */
export function distinctQueryContexts(contexts: readonly unknown[]): number {
  return new Set(contexts.map(canonicalJson)).size;
}

/** JSON text with every object's keys sorted, so equal values give equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, item]) => [key, sortKeys(item)]),
  );
}
