import { execFileSync } from 'node:child_process';
import { expect, it } from 'vitest';
import {
  describeLive,
  LIVE_POSTGRES,
} from '../../../packages/engines/src/test-support/live-services.js';
import { PgbenchError, runPgbench } from './pgbench-floor.js';

const DATABASE_URL = 'postgresql://postgres@127.0.0.1:5432/test';

function hasPgbench(): boolean {
  try {
    execFileSync('pgbench', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const PGBENCH_FOUND = hasPgbench();
/** Without pgbench the suite is skipped locally; in CI it runs, and fails, like a missing service. */
const withPgbench = it.skipIf(!PGBENCH_FOUND && process.env.CI !== 'true');
if (!PGBENCH_FOUND && process.env.CI !== 'true') {
  console.warn('Skipping "the pgbench floor": pgbench (postgresql-client) is not installed.');
}

await describeLive(LIVE_POSTGRES, 'the pgbench floor', () => {
  withPgbench('finds pgbench on the PATH', () => {
    expect(PGBENCH_FOUND, 'pgbench (postgresql-client) is not installed').toBe(true);
  });

  withPgbench(
    "runs the SQL with time literals and a literal's :name unchanged in value",
    async () => {
      const result = await runPgbench({
        databaseUrl: DATABASE_URL,
        statements: [
          // Divides by zero (fails) unless the literal reaches the database as it was written.
          "SELECT '2024-10-02 00:00:00'::timestamp AS t, 1 / ('a:scale' = 'a' || chr(58) || 'scale')::int",
        ],
        clients: 1,
        transactionsPerClient: 3,
      });
      expect(result.latencyAverageMs).toBeGreaterThan(0);
      expect(result.tps).toBeGreaterThan(0);
    },
  );

  withPgbench('gives each of several clients its own statement, one transaction each', async () => {
    const result = await runPgbench({
      databaseUrl: DATABASE_URL,
      statements: ['SELECT 1', 'SELECT 2', 'SELECT 3'],
      clients: 3,
      transactionsPerClient: 1,
    });
    expect(result.tps).toBeGreaterThan(0);
  });

  withPgbench("throws pgbench's stderr for SQL the database refuses", async () => {
    const refused = runPgbench({
      databaseUrl: DATABASE_URL,
      statements: ['SELECT * FROM bench_pgbench_no_such_table'],
      clients: 1,
      transactionsPerClient: 1,
    });
    await expect(refused).rejects.toThrow(PgbenchError);
    await expect(refused).rejects.toThrow(/does not exist/);
  });
});
