import { randomBytes } from 'node:crypto';
import { EngineError, type EngineClient, type QueryResult } from '@superset-ts/engines';
import type { QueryRepository } from '../queries/query.repository.js';
import type { QueryRecord } from '../queries/query.record.js';
import type { ResultsBackend } from '../../results/results-backend.js';
import type { ResultsCodec } from '../../results/results-codec.js';
import type { ExecutionPlan } from './execution-plan.js';
import { describeResultColumns, type StoredResults } from './results-payload.js';
import { runFailureOf, type RunFailure } from './run-failure.js';
import type { LocalRun } from './running-queries.js';

/** Where results of asynchronous runs are kept. */
export interface ResultsStore {
  backend: ResultsBackend | null;
  codec: ResultsCodec;
  timeoutSeconds: number | null;
}

/** What running a plan needs. */
export interface RunPlanDeps {
  queries: QueryRepository;
  results: ResultsStore;
  now: () => Date;
}

/** One run of a planned query. */
export interface RunPlanRequest {
  query: QueryRecord;
  plan: ExecutionPlan;
  client: EngineClient;
  local: LocalRun;
  timeLimitSeconds: number;
  /** Keep the rows in the results backend (asynchronous runs). */
  storeResults: boolean;
}

/** How a run ended, with its row as finally written. */
export type RunOutcome =
  | { ok: true; query: QueryRecord; results: StoredResults }
  | { ok: false; query: QueryRecord; failure: RunFailure };

const RUNNING = ['running'] as const;

function progressNote(index: number, count: number): string {
  return `Running statement ${index + 1} out of ${count}`;
}

/**
 * Runs a plan's statements in order, stopping at the first error, under one time limit for
 * the whole script. The row moves pending → running → success/failed/stopped/timed_out;
 * every write after the start only applies while the row is still running, so a stop or the
 * reaper is never undone by a late finish.
 */
export async function runPlan(deps: RunPlanDeps, request: RunPlanRequest): Promise<RunOutcome> {
  const { queries, now } = deps;
  const { query, plan, client, local } = request;
  const count = plan.statements.length;
  const deadline = Date.now() + request.timeLimitSeconds * 1000;
  local.extra.heartbeat_ms = Date.now();
  const isStarted = await queries.updateWhileIn(
    query.id,
    ['pending'],
    {
      status: 'running',
      start_running_time: Date.now(),
      executed_sql: plan.statements.map((statement) => statement.sql).join(';\n'),
      select_sql: plan.selectSql,
      limit: plan.limit,
      limiting_factor: plan.limitingFactor,
      extra: local.extra,
    },
    now(),
  );
  if (!isStarted) return stoppedBeforeStart(deps, query, request.timeLimitSeconds);

  let last: QueryResult | null = null;
  try {
    for (const [index, statement] of plan.statements.entries()) {
      if (count > 1) {
        local.extra.progress = progressNote(index, count);
        await queries.updateWhileIn(
          query.id,
          RUNNING,
          { progress: Math.floor((100 * index) / count), extra: local.extra },
          now(),
        );
      }
      const remaining = deadline - Date.now();
      if (remaining <= 0) throw new EngineError('QUERY_TIMEOUT_ERROR');
      last = await client.execute(statement.sql, {
        limit: plan.limit,
        timeoutMs: remaining,
        signal: local.signal,
        schema: query.schema,
        readOnly: statement.readOnly,
        isBoundedBySql: statement.isBoundedBySql === true,
        onCancelId: (cancelId) => {
          local.extra.cancel_query = cancelId;
          void queries.setExtra(query.id, local.extra).catch(() => undefined);
        },
      });
    }
  } catch (error) {
    return finishFailed(deps, query, runFailureOf(error, request.timeLimitSeconds));
  }
  return finishSucceeded(deps, request, last);
}

async function finishSucceeded(
  deps: RunPlanDeps,
  request: RunPlanRequest,
  last: QueryResult | null,
): Promise<RunOutcome> {
  const { query, plan, local } = request;
  const results: StoredResults = {
    columns: last ? describeResultColumns(last.columns) : [],
    rows: last ? last.rows : [],
  };
  let resultsKey: string | null = null;
  let storedAt: number | null = null;
  const { backend, codec, timeoutSeconds } = deps.results;
  try {
    if (request.storeResults && backend) {
      resultsKey = randomBytes(16).toString('hex');
      await backend.set(resultsKey, await codec.encode(results), timeoutSeconds);
      storedAt = Date.now();
    }
  } catch {
    return finishFailed(deps, query, runFailureOf(null, request.timeLimitSeconds));
  }
  delete local.extra.progress;
  const isFinished = await deps.queries.updateWhileIn(
    query.id,
    RUNNING,
    {
      status: 'success',
      progress: 100,
      rows: results.rows.length,
      limiting_factor: finalLimitingFactor(plan, last),
      results_key: resultsKey,
      end_time: Date.now(),
      end_result_backend_time: storedAt,
      extra: local.extra,
    },
    deps.now(),
  );
  const final = await reload(deps, query);
  if (!isFinished) return { ok: false, query: final, failure: runFailureOf(cancelled(), 0) };
  return { ok: true, query: final, results };
}

/**
 * Whether a limit cut the rows: the fetch found more than the limit, or the query's own
 * LIMIT (kept as written, never raised) returned exactly as many rows as it allows.
 * Superset instead raises the user's LIMIT by one to tell; this build leaves the user's SQL
 * alone, so a result that exactly fills its own LIMIT counts as limited by it.
 */
function finalLimitingFactor(plan: ExecutionPlan, last: QueryResult | null) {
  if (last?.truncated) return plan.limitingFactor;
  const isOwnLimit =
    plan.limitingFactor === 'QUERY' || plan.limitingFactor === 'QUERY_AND_DROPDOWN';
  return isOwnLimit && last?.rows.length === plan.limit ? plan.limitingFactor : 'NOT_LIMITED';
}

async function finishFailed(
  deps: RunPlanDeps,
  query: QueryRecord,
  failure: RunFailure,
): Promise<RunOutcome> {
  const current = await reload(deps, query);
  await deps.queries.updateWhileIn(
    query.id,
    RUNNING,
    {
      status: failure.status,
      error_message: failure.error.message,
      end_time: Date.now(),
      extra: { ...current.extra, errors: failure.errors },
    },
    deps.now(),
  );
  const final = await reload(deps, query);
  // A stop that got there first decides the state the client sees.
  const seen = final.status === 'stopped' ? runFailureOf(cancelled(), 0) : failure;
  return { ok: false, query: final, failure: seen };
}

async function stoppedBeforeStart(
  deps: RunPlanDeps,
  query: QueryRecord,
  timeLimitSeconds: number,
): Promise<RunOutcome> {
  return {
    ok: false,
    query: await reload(deps, query),
    failure: runFailureOf(cancelled(), timeLimitSeconds),
  };
}

function cancelled(): EngineError {
  return new EngineError('QUERY_CANCELLED_ERROR');
}

async function reload(deps: RunPlanDeps, query: QueryRecord): Promise<QueryRecord> {
  return (await deps.queries.findById(query.id)) ?? query;
}
