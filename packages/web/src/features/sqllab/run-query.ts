import type { ExecuteSql, SqlLabQuery, SqlLabResults } from '@superset-ts/shared';
import type { ExecuteAnswer } from '../../api/sqllab';

/** How a run ended: with results, stopped by the user, or failed with the server's message. */
export type RunOutcome =
  | { kind: 'results'; results: SqlLabResults }
  | { kind: 'stopped' }
  | { kind: 'failed'; message: string };

/** The server calls a run makes, and the clock it polls with (fakes in tests). */
export interface RunDeps {
  execute(body: ExecuteSql): Promise<ExecuteAnswer>;
  fetchQueriesUpdatedSince(lastUpdatedMs: number): Promise<SqlLabQuery[]>;
  fetchResults(key: string, rows?: number): Promise<SqlLabResults>;
  sleep(ms: number): Promise<void>;
  now(): number;
}

/** How often an async run's state is asked for, as Superset's QueryAutoRefresh (1 s). */
export const POLL_INTERVAL_MS = 1000;

const FAILED_STATES: ReadonlySet<SqlLabQuery['state']> = new Set(['failed', 'timed_out']);

/**
 * Runs SQL and waits for its outcome. A synchronous run answers with its results; an async
 * run (HTTP 202) is polled through `updated_since` until it finishes, then its results are
 * fetched by key. `onProgress` sees each state change of an async run; polling ends early once
 * `isStopped` says the user stopped the run.
 */
export async function runQuery(
  body: ExecuteSql & { client_id: string },
  deps: RunDeps,
  onProgress: (query: SqlLabQuery) => void = () => undefined,
  isStopped: () => boolean = () => false,
): Promise<RunOutcome> {
  // Rows changed within a second before the run could still be its own (clock skew).
  const since = deps.now() - 1000;
  const first = await deps.execute(body);
  if (first.kind === 'results') return { kind: 'results', results: first.results };
  onProgress(first.query);
  for (;;) {
    await deps.sleep(POLL_INTERVAL_MS);
    if (isStopped()) return { kind: 'stopped' };
    const changed = await deps.fetchQueriesUpdatedSince(since);
    const query = changed.find((candidate) => candidate.id === body.client_id);
    if (!query) continue;
    onProgress(query);
    if (query.state === 'success') {
      if (!query.resultsKey) return { kind: 'failed', message: 'The results were not stored.' };
      const results = await deps.fetchResults(query.resultsKey, body.queryLimit);
      return { kind: 'results', results };
    }
    if (query.state === 'stopped') return { kind: 'stopped' };
    if (FAILED_STATES.has(query.state)) {
      return { kind: 'failed', message: query.errorMessage ?? `The query ${query.state}.` };
    }
  }
}

const CLIENT_ID_ALPHABET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** A new client id for a run: 11 random letters and digits, as Superset's nanoid(11). */
export function newClientId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(11));
  return Array.from(bytes, (byte) => CLIENT_ID_ALPHABET[byte % CLIENT_ID_ALPHABET.length]).join('');
}
