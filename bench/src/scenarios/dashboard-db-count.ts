import { setTimeout as sleep } from 'node:timers/promises';
import type pg from 'pg';

/**
 * How long a backend may hold its table statistics before PostgreSQL publishes them: an
 * idle backend flushes within PGSTAT_IDLE_INTERVAL (10 s, PostgreSQL 15).
 */
export const STATS_FLUSH_WAIT_MS = 11_000;

/** Scans of one table PostgreSQL has counted (sequential plus index; parallel workers each count). */
export async function tableScans(pool: pg.Pool, schema: string, table: string): Promise<number> {
  const { rows } = await pool.query<{ scans: string | null }>(
    `SELECT (coalesce(seq_scan, 0) + coalesce(idx_scan, 0))::text AS scans
     FROM pg_stat_user_tables WHERE schemaname = $1 AND relname = $2`,
    [schema, table],
  );
  const scans = rows[0]?.scans;
  if (scans === undefined || scans === null)
    throw new Error(`no statistics for ${schema}.${table}`);
  return Number(scans);
}

/**
 * The scans of a table that `work` caused, by PostgreSQL's own count: read once every
 * backend has published what it did before, and again once they published `work`'s scans.
 */
export async function scansDuring(
  pool: pg.Pool,
  target: { schema: string; table: string },
  work: () => Promise<void>,
): Promise<number> {
  await sleep(STATS_FLUSH_WAIT_MS);
  const before = await tableScans(pool, target.schema, target.table);
  await work();
  await sleep(STATS_FLUSH_WAIT_MS);
  return (await tableScans(pool, target.schema, target.table)) - before;
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
