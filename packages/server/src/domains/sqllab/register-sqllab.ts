import type { FastifyInstance } from 'fastify';
import type { Config } from '../../config/index.js';
import { isFeatureEnabled } from '../../config/feature-flags.js';
import type { MetadataDb } from '../../db/index.js';
import { resultsBackendFromConfig } from '../../results/create-results-backend.js';
import { createResultsCodec } from '../../results/results-codec.js';
import { createTemplateRenderer, type TemplateRenderer } from '../../templating/index.js';
import type { RenderSqlTemplate } from '../sql-tools/sql-tools.ports.js';
import { createInProcessTaskQueue } from '../../tasks/in-process-task-queue.js';
import type { TaskQueue } from '../../tasks/task-queue.js';
import type { DatabasesCapability } from '../databases/register-databases.js';
import { engineFactsOf } from '../databases/stored-database.js';
import { createQueryRepository } from '../queries/query.repository.js';
import { registerQueryRoutes } from '../queries/query.routes.js';
import { createExecuteSql, RUN_QUERY_TASK, type QueuedRun } from './execute-sql.command.js';
import { csvExportSettingsOf } from '../../result-formats/index.js';
import { createExportCsv } from './export-csv.js';
import { createFetchResults } from './fetch-results.js';
import { createOrphanReaper } from './orphan-reaper.js';
import { currentQueryOwner, isProcessAlive } from './query-owner.js';
import { createQueuedRunHandler } from './run-queued-query.js';
import { createRunningQueries } from './running-queries.js';
import { SQL_MODULE_TOOLS } from './sql-tools.adapter.js';
import type { SqlLabDatabases } from './sqllab-databases.js';
import type { SqlTemplateRenderer } from './sqllab-ports.js';
import { registerSqlLabRoutes } from './sqllab.routes.js';
import { createStopQuery } from './stop-query.command.js';

/** What SQL Lab's execution is built from. */
export interface SqlLabDeps {
  config: Config;
  metadataDb: MetadataDb;
  databases: DatabasesCapability;
  /** The queue of asynchronous runs; an in-process one by default. */
  tasks?: TaskQueue;
  /** The shared template renderer (null: templating off); one is started when absent. */
  templateRenderer?: TemplateRenderer | null;
}

/** Runs queued at once by the in-process queue. */
const IN_PROCESS_CONCURRENCY = 4;

/**
 * Wires SQL Lab's execution: `/api/v1/sqllab/` (execute, results, export) and
 * `/api/v1/query/` (history, updated_since, stop), the queue of asynchronous runs, the
 * results backend, and the reaper of runs whose process died (at start-up, then every
 * SQLLAB_ORPHAN_CHECK_SECONDS). Returns the reaper for tests and the CLI.
 */
export function registerSqlLab(app: FastifyInstance, deps: SqlLabDeps) {
  const { config, metadataDb } = deps;
  const now = () => new Date();
  const queries = createQueryRepository(metadataDb.kysely, metadataDb.dialect);
  const running = createRunningQueries();
  const owner = currentQueryOwner();
  const { databases: service, clients, engines } = deps.databases;
  const databases: SqlLabDatabases = {
    getStored: (actor, id) => service.getStored(actor, id),
    getStoredForRun: (id) => deps.databases.getStoredById(id),
    clientFor: (record) => clients.clientFor(record),
    specOf: (record) => engineFactsOf(engines, record).spec,
  };
  const configured = resultsBackendFromConfig(config, {
    warn: (message, error) => app.log.warn({ err: error }, message),
  });
  if (configured.warning) app.log.warn(configured.warning);
  const results = {
    backend: configured.backend,
    codec: createResultsCodec(config.RESULTS_BACKEND_USE_MSGPACK),
    timeoutSeconds: configured.timeoutSeconds,
  };
  const tasks =
    deps.tasks ??
    createInProcessTaskQueue({
      concurrency: IN_PROCESS_CONCURRENCY,
      onError: (error, job) => app.log.error({ err: error, job }, 'SQL Lab run failed'),
    });
  tasks.register<QueuedRun>(
    RUN_QUERY_TASK,
    createQueuedRunHandler({ queries, running, databases, results, now }),
  );
  const ownRenderer =
    deps.templateRenderer === undefined && isFeatureEnabled(config, 'ENABLE_TEMPLATE_PROCESSING')
      ? createTemplateRenderer({ config })
      : null;
  const renderer = deps.templateRenderer ?? ownRenderer;
  const templates: SqlTemplateRenderer | null = renderer && {
    render: async (sql, context) =>
      (
        await renderer.render(sql, {
          engine: context.database.backend,
          user: context.user,
          templateParams: context.templateParams,
        })
      ).sql,
  };

  const emailOf = async (userId: number) =>
    (
      await metadataDb.kysely
        .selectFrom('ab_user')
        .select('email')
        .where('id', '=', userId)
        .executeTakeFirst()
    )?.email ?? null;

  /** The same renderer for the SQL tools (estimate, validate), from the caller's actor. */
  const renderForTools: RenderSqlTemplate | null =
    templates &&
    (async (sql, context) =>
      templates.render(sql, {
        user:
          context.actor.kind === 'user'
            ? {
                id: context.actor.userId,
                username: context.actor.username,
                email: await emailOf(context.actor.userId),
                roles: context.actor.roles,
              }
            : null,
        templateParams: context.templateParams,
        database: { id: context.databaseId, backend: context.backend },
        schema: context.schema,
        catalog: context.catalog,
      }));

  registerSqlLabRoutes(app, {
    executeSql: createExecuteSql({
      queries,
      running,
      owner,
      databases,
      tools: SQL_MODULE_TOOLS,
      templates,
      tasks,
      results,
      settings: {
        sqlMaxRow: config.SQL_MAX_ROW,
        syncTimeoutSeconds: config.SQLLAB_TIMEOUT,
        asyncTimeLimitSeconds: config.SQLLAB_ASYNC_TIME_LIMIT_SEC,
        isForceRunAsync: isFeatureEnabled(config, 'SQLLAB_FORCE_RUN_ASYNC'),
        isCtasUnlimited: config.SQLLAB_CTAS_NO_LIMIT,
        ctasSchemaNameHook: config.SQLLAB_CTAS_SCHEMA_NAME_FUNC,
      },
      emailOf,
      now,
    }),
    fetchResults: createFetchResults({ queries, results, displayMaxRow: config.DISPLAY_MAX_ROW }),
    exportCsv: createExportCsv({
      queries,
      databases,
      tools: SQL_MODULE_TOOLS,
      sqlMaxRow: config.SQL_MAX_ROW,
      csv: csvExportSettingsOf(config.CSV_EXPORT),
      now,
    }),
    displayMaxRow: config.DISPLAY_MAX_ROW,
  });
  registerQueryRoutes(app, {
    queries,
    stopQuery: createStopQuery({ queries, running, databases, now }),
    searchLimit: config.QUERY_SEARCH_LIMIT,
  });

  const reaper = createOrphanReaper({
    queries,
    running,
    owner,
    checkSeconds: config.SQLLAB_ORPHAN_CHECK_SECONDS,
    isProcessAlive,
    now,
  });
  app.addHook('onReady', () => {
    reaper.start((error) => app.log.error({ err: error }, 'SQL Lab orphan check failed'));
    return Promise.resolve();
  });
  app.addHook('onClose', async () => {
    reaper.stop();
    await tasks.close();
    await configured.backend?.close();
    await ownRenderer?.close();
  });
  return { reaper, tasks, queries, renderTemplate: renderForTools };
}
