import type { QueryExtra } from '../queries/query.record.js';

/** A run this process is responsible for: queued or executing. */
export interface LocalRun {
  queryId: number;
  /** Aborting stops the statement in the database. */
  signal: AbortSignal;
  /** The row's extra_json as this process last wrote it; every write goes through it. */
  extra: QueryExtra;
}

/**
 * The queries this process is running or has queued, with the abort controller that stops
 * each one in the database. A stop served by this process aborts through it; heartbeats
 * are written for these rows, and the orphan reaper leaves them alone.
 */
export function createRunningQueries() {
  const runs = new Map<number, { run: LocalRun; controller: AbortController }>();
  return {
    /** Starts tracking a run with the extra_json it was created with. */
    track(queryId: number, extra: QueryExtra): LocalRun {
      const controller = new AbortController();
      const run: LocalRun = { queryId, signal: controller.signal, extra };
      runs.set(queryId, { run, controller });
      return run;
    },
    find(queryId: number): LocalRun | undefined {
      return runs.get(queryId)?.run;
    },
    forget(queryId: number): void {
      runs.delete(queryId);
    },
    has(queryId: number): boolean {
      return runs.has(queryId);
    },
    all(): LocalRun[] {
      return [...runs.values()].map((entry) => entry.run);
    },
    /** Aborts a local run; false when this process does not run it. */
    abort(queryId: number): boolean {
      const entry = runs.get(queryId);
      if (!entry) return false;
      entry.controller.abort();
      return true;
    },
  };
}

/** The registry of local runs, as services receive it. */
export type RunningQueries = ReturnType<typeof createRunningQueries>;
