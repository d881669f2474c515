import type { Actor } from '../../security/access/actor.js';
import { AppError } from '../../errors/app-error.js';
import type { QueryRepository } from '../queries/query.repository.js';
import { UNFINISHED_STATES } from '../queries/query.record.js';
import { canSeeQuery } from '../queries/query-visibility.js';
import type { RunningQueries } from './running-queries.js';
import type { SqlLabDatabases } from './sqllab-databases.js';

/** What stopping a run needs. */
export interface StopQueryDeps {
  queries: QueryRepository;
  running: RunningQueries;
  databases: SqlLabDatabases;
  now: () => Date;
}

/**
 * `POST /api/v1/query/stop`: marks the run stopped, then stops it in the database: through
 * its abort signal when this process runs it, else with the engine's cancel and the id the
 * run recorded (a run in another process). A finished run is left as it is.
 */
export function createStopQuery(deps: StopQueryDeps) {
  return async function stopQuery(actor: Actor, clientId: string): Promise<void> {
    const query = await deps.queries.findByClientId(clientId);
    if (!query || !canSeeQuery(actor, query)) {
      throw new AppError('RESOURCE_NOT_FOUND', 'No query has this client id.');
    }
    const isStopped = await deps.queries.updateWhileIn(
      query.id,
      UNFINISHED_STATES,
      { status: 'stopped', end_time: Date.now() },
      deps.now(),
    );
    if (!isStopped) return;
    if (deps.running.abort(query.id)) return;
    const cancelId = query.extra.cancel_query;
    if (cancelId === undefined) return;
    const stored = await deps.databases.getStoredForRun(query.database_id);
    const client = await deps.databases.clientFor(stored.record);
    await client.cancelQuery(cancelId);
  };
}
