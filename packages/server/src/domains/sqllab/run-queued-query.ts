import type { QueryRepository } from '../queries/query.repository.js';
import type { QueuedRun } from './execute-sql.command.js';
import { runPlan, type ResultsStore } from './run-plan.js';
import type { RunningQueries } from './running-queries.js';
import type { SqlLabDatabases } from './sqllab-databases.js';

/** What a worker needs to run a queued query. */
export interface QueuedRunDeps {
  queries: QueryRepository;
  running: RunningQueries;
  databases: SqlLabDatabases;
  results: ResultsStore;
  now: () => Date;
}

/**
 * The task handler of queued SQL Lab runs: runs the stored plan under
 * SQLLAB_ASYNC_TIME_LIMIT_SEC and keeps the rows in the results backend under the row's
 * results_key. A run stopped while it waited is left stopped.
 */
export function createQueuedRunHandler(deps: QueuedRunDeps) {
  return async (payload: QueuedRun): Promise<void> => {
    const query = await deps.queries.findById(payload.queryId);
    if (!query) return;
    const local = deps.running.find(query.id) ?? deps.running.track(query.id, query.extra);
    try {
      if (query.status !== 'pending') return;
      const stored = await deps.databases.getStoredForRun(query.database_id);
      const client = await deps.databases.clientFor(stored.record);
      await runPlan(
        { queries: deps.queries, results: deps.results, now: deps.now },
        {
          query,
          plan: payload.plan,
          client,
          local,
          timeLimitSeconds: payload.timeLimitSeconds,
          storeResults: true,
        },
      );
    } finally {
      deps.running.forget(query.id);
    }
  };
}
