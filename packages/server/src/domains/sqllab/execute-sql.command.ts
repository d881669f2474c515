import { randomBytes } from 'node:crypto';
import type { ExecuteSql, SqlLabQuery } from '@superset-ts/shared';
import { AppError } from '../../errors/app-error.js';
import type { Actor } from '../../security/access/actor.js';
import type { TaskQueue } from '../../tasks/task-queue.js';
import { presentSqlLabQuery } from '../queries/query.presenter.js';
import type { QueryRepository } from '../queries/query.repository.js';
import type { NewQuery, QueryOwner, QueryRecord } from '../queries/query.record.js';
import { ctasTargetOf, type CtasSchemaNameHook } from './ctas-target.js';
import { planExecution, type ExecutionPlan } from './execution-plan.js';
import { boundQueryLimit } from './row-limits.js';
import { runFailureOf } from './run-failure.js';
import { runPlan, type ResultsStore, type RunOutcome } from './run-plan.js';
import type { RunningQueries } from './running-queries.js';
import { requireSpec, type SqlLabDatabases } from './sqllab-databases.js';
import type { SqlTemplateRenderer, SqlTools } from './sqllab-ports.js';
import { templateParamsOf } from './template-params.js';

/** The task name of queued SQL Lab runs. */
export const RUN_QUERY_TASK = 'sqllab.run_query';

/** What a queued run carries: plain data, so any worker can run it. */
export interface QueuedRun {
  queryId: number;
  plan: ExecutionPlan;
  timeLimitSeconds: number;
}

/** SQL Lab's settings from the config. */
export interface ExecutionSettings {
  sqlMaxRow: number;
  /** SQLLAB_TIMEOUT. */
  syncTimeoutSeconds: number;
  /** SQLLAB_ASYNC_TIME_LIMIT_SEC. */
  asyncTimeLimitSeconds: number;
  /** SQLLAB_FORCE_RUN_ASYNC. */
  isForceRunAsync: boolean;
  /** SQLLAB_CTAS_NO_LIMIT. */
  isCtasUnlimited: boolean;
  ctasSchemaNameHook: CtasSchemaNameHook | null;
}

/** What executing SQL needs, wired in register-sqllab. */
export interface ExecuteSqlDeps {
  queries: QueryRepository;
  running: RunningQueries;
  owner: QueryOwner;
  databases: SqlLabDatabases;
  tools: SqlTools;
  /** Null when ENABLE_TEMPLATE_PROCESSING is off: the SQL runs as written. */
  templates: SqlTemplateRenderer | null;
  tasks: TaskQueue;
  results: ResultsStore;
  settings: ExecutionSettings;
  /** The email of a user, for the current_user_email macro. */
  emailOf(userId: number): Promise<string | null>;
  now: () => Date;
}

/** The answer of `POST execute/`: a finished synchronous run, or a queued one. */
export type ExecuteAnswer =
  { kind: 'finished'; outcome: RunOutcome } | { kind: 'queued'; query: SqlLabQuery };

function newClientId(): string {
  return randomBytes(8).toString('base64url').slice(0, 10);
}

/**
 * Superset's ExecuteSqlCommand: checks access to the database, records the run (reusing
 * the row of a client id the same user sent before), renders templates, guards and plans
 * the script, then runs it now under SQLLAB_TIMEOUT or queues it when the database runs
 * queries asynchronously. A refused or failed run ends as a failed row, never stuck.
 */
export function createExecuteSql(deps: ExecuteSqlDeps) {
  const { queries, settings } = deps;

  const recordRun = async (body: ExecuteSql, values: NewQuery) => {
    const existing = body.client_id ? await queries.findByClientId(body.client_id) : undefined;
    if (!existing) return queries.insert(values, deps.now());
    if (existing.user_id !== values.user_id) {
      throw new AppError('INVALID_PAYLOAD_SCHEMA_ERROR', 'This client_id is already in use.', {
        fields: { client_id: ['already in use'] },
      });
    }
    const { client_id: _clientId, database_id: _databaseId, user_id: _userId, ...reset } = values;
    await queries.update(
      existing.id,
      {
        ...reset,
        status: 'pending',
        select_sql: null,
        executed_sql: null,
        limiting_factor: 'UNKNOWN',
        select_as_cta_used: false,
        progress: 0,
        rows: null,
        error_message: null,
        results_key: null,
        start_running_time: null,
        end_time: null,
        end_result_backend_time: null,
      },
      deps.now(),
    );
    return (await queries.findById(existing.id)) ?? existing;
  };

  const failBeforeRun = async (query: QueryRecord, error: unknown): Promise<never> => {
    const failure = runFailureOf(error, settings.syncTimeoutSeconds);
    await queries.update(
      query.id,
      {
        status: 'failed',
        error_message: failure.error.message,
        end_time: Date.now(),
        extra: { ...query.extra, errors: failure.errors },
      },
      deps.now(),
    );
    throw failure.error;
  };

  return async function executeSql(actor: Actor, body: ExecuteSql): Promise<ExecuteAnswer> {
    const stored = await deps.databases.getStored(actor, body.database_id);
    const { record } = stored;
    if (!record.expose_in_sqllab) throw new AppError('SQLLAB_QUERY_NOT_ALLOWED_ERROR');
    const spec = requireSpec(deps.databases, record);
    const userId = actor.kind === 'user' ? actor.userId : null;
    const username = actor.kind === 'user' ? actor.username : null;
    const at = deps.now();
    const templateParams = templateParamsOf(body.templateParams);
    const ctas = ctasTargetOf(
      body,
      record,
      { id: userId, username },
      {
        at,
        schemaNameHook: settings.ctasSchemaNameHook,
      },
    );
    const isAsync = record.allow_run_async && (body.runAsync === true || settings.isForceRunAsync);
    const timeLimitSeconds = isAsync ? settings.asyncTimeLimitSeconds : settings.syncTimeoutSeconds;
    const query = await recordRun(body, {
      client_id: body.client_id ?? newClientId(),
      database_id: record.id,
      user_id: userId,
      sql: body.sql,
      schema: body.schema ?? null,
      catalog: body.catalog ?? null,
      tab_name: body.tab ?? null,
      sql_editor_id: body.sql_editor_id ?? null,
      select_as_cta: body.select_as_cta === true,
      ctas_method: body.ctas_method ?? 'TABLE',
      tmp_table_name: ctas?.table ?? null,
      tmp_schema_name: ctas?.schema ?? null,
      limit: null,
      start_time: at.getTime(),
      extra: { owner: deps.owner, time_limit_seconds: timeLimitSeconds },
    });

    // Tracked from now on, so the reaper never takes a run this process is still preparing.
    const local = deps.running.track(query.id, query.extra);
    let plan: ExecutionPlan;
    try {
      const sql = deps.templates
        ? await deps.templates.render(body.sql, {
            user:
              userId === null
                ? null
                : {
                    id: userId,
                    username: username ?? '',
                    email: await deps.emailOf(userId),
                    roles: actor.roles,
                  },
            templateParams,
            database: { id: record.id, backend: spec.engine },
            schema: body.schema ?? null,
            catalog: body.catalog ?? null,
          })
        : body.sql;
      plan = planExecution({
        sql,
        dialect: spec.dialect,
        tools: deps.tools,
        allowDml: record.allow_dml,
        hasReadOnlyTransactions: spec.capabilities.readOnlyTransactions,
        dropdownLimit: boundQueryLimit(body.queryLimit, settings.sqlMaxRow),
        ctas,
        isCtasUnlimited: settings.isCtasUnlimited,
      });
      if (isAsync && !deps.results.backend) {
        throw new AppError('RESULTS_BACKEND_NOT_CONFIGURED_ERROR');
      }
    } catch (error) {
      deps.running.forget(query.id);
      return failBeforeRun(query, error);
    }
    if (ctas) await queries.update(query.id, { select_as_cta_used: true }, deps.now());

    if (isAsync) {
      try {
        const payload: QueuedRun = { queryId: query.id, plan, timeLimitSeconds };
        await deps.tasks.enqueue(RUN_QUERY_TASK, payload);
      } catch (error) {
        deps.running.forget(query.id);
        return failBeforeRun(query, error);
      }
      return {
        kind: 'queued',
        query: presentSqlLabQuery((await queries.findById(query.id)) ?? query),
      };
    }

    try {
      const client = await deps.databases
        .clientFor(record)
        .catch((error: unknown) => failBeforeRun(query, error));
      const outcome = await runPlan(
        { queries, results: deps.results, now: deps.now },
        { query, plan, client, local, timeLimitSeconds, storeResults: false },
      );
      return { kind: 'finished', outcome };
    } finally {
      deps.running.forget(query.id);
    }
  };
}

/** `executeSql(actor, body)`, as routes receive it. */
export type ExecuteSqlCommand = ReturnType<typeof createExecuteSql>;
