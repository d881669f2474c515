import type { QueryRepository } from '../queries/query.repository.js';
import type { QueryOwner, QueryRecord } from '../queries/query.record.js';
import { UNFINISHED_STATES } from '../queries/query.record.js';
import type { RunningQueries } from './running-queries.js';

/** What the reaper needs. */
export interface OrphanReaperDeps {
  queries: QueryRepository;
  running: RunningQueries;
  owner: QueryOwner;
  /** SQLLAB_ORPHAN_CHECK_SECONDS: how often owners write heartbeats and the reaper looks. */
  checkSeconds: number;
  /** Whether a process id is alive on this host. */
  isProcessAlive(pid: number): boolean;
  now: () => Date;
}

/** The reason stored on a reaped run. */
export const ORPHAN_REASON =
  'The server process running this query stopped before it finished (a restart or a crash). Run the query again.';

/** Heartbeats missed before a run on another host counts as abandoned. */
const MISSED_HEARTBEATS = 3;
/** Slack on top of a run's own time limit when nothing else tells. */
const GRACE_MS = 60_000;

function whyOrphaned(deps: OrphanReaperDeps, query: QueryRecord, nowMs: number): boolean {
  if (deps.running.has(query.id)) return false;
  const { owner, heartbeat_ms: heartbeat, time_limit_seconds: limit } = query.extra;
  if (owner?.instance === deps.owner.instance) return true;
  if (owner && owner.host === deps.owner.host && !deps.isProcessAlive(owner.pid)) return true;
  const staleAfterMs = MISSED_HEARTBEATS * deps.checkSeconds * 1000;
  if (heartbeat !== undefined && nowMs - heartbeat > staleAfterMs) return true;
  const startedAt = query.start_time ?? 0;
  return limit !== undefined && nowMs - startedAt > limit * 1000 + GRACE_MS;
}

/**
 * Keeps runs from staying "running" after their process died. A pending or running row is
 * an orphan when this process owned it but no longer runs it (a previous life of the same
 * instance id cannot exist, so this means a lost job), when its owner process on this host
 * is gone, when its owner stopped writing heartbeats, or when it outlived its own time
 * limit. Orphans are marked failed with a reason; this process's own runs get heartbeats.
 */
export function createOrphanReaper(deps: OrphanReaperDeps) {
  const heartbeat = async () => {
    for (const local of deps.running.all()) {
      local.extra.heartbeat_ms = deps.now().getTime();
      await deps.queries.setExtra(local.queryId, local.extra);
    }
  };

  const sweep = async (): Promise<number[]> => {
    const nowMs = deps.now().getTime();
    const reaped: number[] = [];
    for (const query of await deps.queries.listUnfinished()) {
      if (!whyOrphaned(deps, query, nowMs)) continue;
      const isMarked = await deps.queries.updateWhileIn(
        query.id,
        UNFINISHED_STATES,
        {
          status: 'failed',
          error_message: ORPHAN_REASON,
          end_time: nowMs,
          extra: {
            ...query.extra,
            errors: [
              {
                message: ORPHAN_REASON,
                error_type: 'GENERIC_BACKEND_ERROR',
                level: 'error',
                extra: {},
              },
            ],
          },
        },
        deps.now(),
      );
      if (isMarked) reaped.push(query.id);
    }
    return reaped;
  };

  let timer: NodeJS.Timeout | null = null;
  return {
    /** One pass: heartbeats for local runs, then orphans marked failed; returns their ids. */
    async check(): Promise<number[]> {
      await heartbeat();
      return sweep();
    },
    /** Checks now and then every checkSeconds until stopped. */
    start(onError: (error: unknown) => void): void {
      const run = () => {
        this.check().catch(onError);
      };
      run();
      timer = setInterval(run, deps.checkSeconds * 1000);
      timer.unref();
    },
    stop(): void {
      if (timer) clearInterval(timer);
      timer = null;
    },
  };
}
