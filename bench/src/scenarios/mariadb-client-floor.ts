import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Thrown when the `mariadb` client cannot report the server's time for a statement. */
export class MariaDbProfileError extends Error {
  override readonly name = 'MariaDbProfileError';
}

/**
 * The server's own `Duration` of the last statement in the `--batch` output of
 * `SET profiling = 1; <sql>; SHOW PROFILES`: SHOW PROFILES prints one row per statement
 * (Query_ID, Duration in seconds, Query), last of all; the result's rows come before it.
 */
export function lastProfileMs(output: string): number {
  const lines = output.trimEnd().split('\n');
  const seconds = Number(lines.at(-1)?.split('\t')[1]);
  if (!Number.isFinite(seconds) || seconds < 0) {
    throw new MariaDbProfileError(`no profile row at the end of: ${output.slice(-300)}`);
  }
  return seconds * 1000;
}

/** Where the `mariadb` client connects: the services' server, as root without a password. */
export interface MariaDbClientTarget {
  readonly host: string;
  readonly port: number;
  readonly user: string;
  readonly database: string;
}

/**
 * The database's own time for `sql` (performance.md §4.2, the `mariadb` client as the floor):
 * one run of the client with profiling on, so the client's start-up and the transfer of the
 * result are not in it. A floor below both the driver and the product.
 */
export async function mariaDbServerMs(target: MariaDbClientTarget, sql: string): Promise<number> {
  const { stdout } = await run(
    'mariadb',
    [
      `--host=${target.host}`,
      `--port=${target.port}`,
      `--user=${target.user}`,
      '--batch',
      '--skip-column-names',
      `--database=${target.database}`,
      '-e',
      `SET profiling = 1; ${sql.trim().replace(/;+$/, '')}; SHOW PROFILES`,
    ],
    { maxBuffer: 64 * 1024 * 1024 },
  );
  return lastProfileMs(stdout);
}
