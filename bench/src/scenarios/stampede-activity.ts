import { setTimeout as sleep } from 'node:timers/promises';
import type pg from 'pg';
import type { TableName } from './stampede-read-unit.js';

/** How often the watcher looks; the stampede's statement runs for tens of ms and more. */
export const ACTIVITY_POLL_MS = 20;

/** What the activity view showed while the work ran. */
export interface WatchedActivity {
  /** Executions of the watched statement (each backend's run counted once). */
  readonly executions: number;
  /** Executions of other statements naming the table: other sessions' reads, in the count. */
  readonly others: number;
}

/**
 * Watches PostgreSQL's activity view while `work` runs. The table statistics count every
 * row read from the table, whoever read it; this sees which statements ran: executions of `sql`
 * (a time range used by no one else), and other sessions' statements naming the table,
 * which disturb a count of its rows read (the shared machine runs other benchmarks). It sees
 * an execution only while it runs, so one shorter than the poll interval may be missed: a
 * cross-check of the rows-read count, and a warning when others were at work, not a verdict.
 */
export async function watchActivity(
  pool: pg.Pool,
  watched: { readonly sql: string; readonly table: TableName },
  work: () => Promise<void>,
): Promise<WatchedActivity> {
  const client = await pool.connect();
  const mine = new Set<string>();
  const others = new Set<string>();
  const tablePattern = `\\m${watched.table.schema}"?\\."?${watched.table.table}\\M`;
  let isDone = false;
  const watching = (async () => {
    while (!isDone) {
      for (const row of await runningStatements(client, watched.sql, tablePattern)) {
        (row.is_watched ? mine : others).add(row.execution);
      }
      await sleep(ACTIVITY_POLL_MS);
    }
  })();
  try {
    await work();
  } finally {
    isDone = true;
    await watching.finally(() => client.release());
  }
  return { executions: mine.size, others: others.size };
}

/**
 * The statements of other client backends running now (a parallel worker shows its leader's
 * statement, so only client backends count), each as its backend and start time, that are
 * `sql` or name the table. `sql` matches when the text contains it (a driver may wrap it) or
 * is a prefix of it cut at track_activity_query_size (a short statement that merely starts
 * like it, such as `SELECT 1`, is not cut, so it does not count).
 */
async function runningStatements(
  client: pg.PoolClient,
  sql: string,
  tablePattern: string,
): Promise<{ execution: string; is_watched: boolean }[]> {
  const { rows } = await client.query<{ execution: string; is_watched: boolean }>(
    `SELECT execution, is_watched FROM (
       SELECT pid::text || '@' || query_start::text AS execution,
         strpos(query, $1) > 0 OR (starts_with($1, query) AND octet_length(query) >= (
           SELECT setting::int - 4 FROM pg_settings WHERE name = 'track_activity_query_size'))
           AS is_watched,
         query ~* $2 AS names_table
       FROM pg_stat_activity
       WHERE backend_type = 'client backend' AND state <> 'idle' AND pid <> pg_backend_pid()
     ) AS running
     WHERE is_watched OR names_table`,
    [sql, tablePattern],
  );
  return rows;
}
