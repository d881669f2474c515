import type { ChartDataResultType, QueryContext, QueryObject } from '@superset-ts/shared';
import { TIME_GRAINS } from '@superset-ts/shared';
import { AppError } from '../../errors/app-error.js';
import type { Actor } from '../../security/access/actor.js';
import { resolveCacheTimeout } from './cache-timeout.js';
import type { CachedQueries } from './cached-query.js';
import type { CacheKeyHash } from './chart-cache-key.js';
import type { DatabaseQueryLimiter } from './database-query-limiter.js';
import type {
  ChartDatabase,
  ChartDatasets,
  ChartPostProcessing,
  ChartQueryEngine,
  ChartQueryKind,
  ChartTemplates,
} from './chart-data.ports.js';
import { prepareChartQuery } from './prepare-chart-query.js';
import { chartQueryFailure, type QueryFailureLog } from './query-failure.js';
import type { ComputedResult, QueryOutcome } from './query-outcome.js';
import { lookupOnce, type RequestLookups } from './request-lookups.js';
import { runChartQuery } from './run-chart-query.js';
import { hasSqlLabAccessTo } from './sql-lab-access.js';

/** Settings chart data reads from the config. */
export interface ChartDataSettings {
  /** ROW_LIMIT: rows of a chart query without its own limit. */
  rowLimit: number;
  /** SQL_MAX_ROW: the most rows a chart query may ask for. */
  maxRowLimit: number;
  /** SAMPLES_ROW_LIMIT: rows of samples and drill to detail. */
  samplesRowLimit: number;
  /** Feature flag ALLOW_ADHOC_SUBQUERY. */
  allowAdhocSubqueries: boolean;
  /** CACHE_DEFAULT_TIMEOUT. */
  cacheDefaultTimeout: number;
  /** DATA_CACHE_CONFIG.CACHE_DEFAULT_TIMEOUT, when set. */
  dataCacheTimeout: number | null;
  /** HASH_ALGORITHM. */
  hash: CacheKeyHash;
  /** Feature flag CACHE_QUERY_BY_USER: every result is cached per user. */
  isCacheQueryByUser: boolean;
}

/** What the chart data service uses. */
export interface ChartDataServiceDeps {
  datasets: ChartDatasets;
  /** The database of a dataset the caller was already allowed to query. */
  databaseOf(databaseId: number): Promise<ChartDatabase>;
  /** The caller's RLS clauses on a dataset (raw: templates not rendered). */
  rlsClausesFor(actor: Actor, datasetId: number): Promise<string[]>;
  engine: ChartQueryEngine;
  postProcessing: ChartPostProcessing;
  templates: ChartTemplates;
  cached: CachedQueries<ComputedResult>;
  /** Bounds the queries running at once per database (cache hits never wait for it). */
  limiter: DatabaseQueryLimiter;
  settings: ChartDataSettings;
  logFailure: QueryFailureLog;
  now: () => Date;
}

/** A saved chart a request runs for (GET /api/v1/chart/{pk}/data/). */
export interface ChartForData {
  id: number;
  cacheTimeout: number | null;
}

/** One query's answer: rows with their cache facts, or a payload of its own shape. */
export type QueryAnswer =
  | { kind: 'data'; resultType: ChartDataResultType; outcome: QueryOutcome }
  | { kind: 'payload'; payload: Record<string, unknown> };

/** Runs the queries of a query context. */
export interface ChartDataService {
  /**
   * The answers of the context's queries. `lookups` shares the dataset, database and RLS
   * reads between the queries of one request (a dashboard's many charts).
   */
  run(
    actor: Actor,
    context: QueryContext,
    chart?: ChartForData,
    lookups?: RequestLookups,
  ): Promise<QueryAnswer[]>;
}

const DATASET_TYPES = new Set(['table', 'dataset']);

function datasetIdOf(context: QueryContext): number {
  const { id, type } = context.datasource;
  const numeric = typeof id === 'number' ? id : /^\d+$/.test(id) ? Number(id) : NaN;
  if (!DATASET_TYPES.has(type) || !Number.isSafeInteger(numeric)) {
    throw new AppError(
      'INVALID_PAYLOAD_SCHEMA_ERROR',
      'The datasource must be a dataset given by its numeric id ({"id": 1, "type": "table"}).',
    );
  }
  return numeric;
}

function kindOf(resultType: ChartDataResultType): ChartQueryKind {
  if (resultType === 'samples' || resultType === 'drill_detail') return resultType;
  return 'full';
}

/** Creates the chart data service. */
export function createChartDataService(deps: ChartDataServiceDeps): ChartDataService {
  const { settings } = deps;
  const runQuery = async (
    actor: Actor,
    context: QueryContext,
    query: QueryObject,
    chart: ChartForData | undefined,
    lookups: RequestLookups | undefined,
  ): Promise<QueryAnswer> => {
    const datasetId = datasetIdOf(context);
    const dataset = await lookupOnce(lookups, `dataset:${datasetId}`, () =>
      deps.datasets.getQueryDataset(actor, datasetId),
    );
    const resultType = query.result_type ?? context.result_type ?? 'full';
    if (resultType === 'columns') {
      return {
        kind: 'payload',
        payload: {
          data: dataset.columns.map((column) => ({
            column_name: column.column_name,
            verbose_name: column.verbose_name,
            dtype: column.type_generic,
          })),
        },
      };
    }
    // The caller's RLS clauses are looked up while the database is; awaited before use, and
    // a request that fails first leaves no unhandled rejection behind.
    const rlsClauses =
      resultType === 'timegrains'
        ? null
        : lookupOnce(lookups, `rls:${dataset.id}`, () => deps.rlsClausesFor(actor, dataset.id));
    rlsClauses?.catch(() => undefined);
    const database = await lookupOnce(lookups, `database:${dataset.database_id}`, () =>
      deps.databaseOf(dataset.database_id),
    );
    if (resultType === 'timegrains' || rlsClauses === null) {
      const offered = new Set<string>(database.dialect.timeGrains());
      const data = TIME_GRAINS.filter((grain) => offered.has(grain.duration)).map((grain) => ({
        name: grain.name,
        function: database.dialect.timeGrainExpression('{col}', grain.duration),
        duration: grain.duration,
      }));
      return { kind: 'payload', payload: { data } };
    }
    const canUseSqlLab = hasSqlLabAccessTo(actor, database.id);
    if (!canUseSqlLab && deps.engine.usesFreeTextSql(query, dataset)) {
      throw new AppError('ADHOC_SQL_NOT_ALLOWED_ERROR');
    }
    const kind = kindOf(resultType);
    const userKey =
      settings.isCacheQueryByUser && actor.kind === 'user' ? `user:${actor.userId}` : null;
    const now = deps.now();
    const failure = (error: unknown) =>
      chartQueryFailure(error, {
        canSeeDatabaseErrors: canUseSqlLab,
        databaseId: database.id,
        datasetId: dataset.id,
        log: deps.logFailure,
      });
    const prepared = await prepareChartQuery(
      {
        actor,
        database,
        dataset,
        query,
        kind,
        resultType,
        formData: context.form_data ?? null,
        rlsClauses: await rlsClauses,
        userKey,
        now,
      },
      {
        engine: deps.engine,
        templates: deps.templates,
        hash: settings.hash,
        rowLimit: settings.rowLimit,
        maxRowLimit: settings.maxRowLimit,
        samplesRowLimit: settings.samplesRowLimit,
        allowAdhocSubqueries: settings.allowAdhocSubqueries,
      },
    );
    if (resultType === 'query') {
      return { kind: 'payload', payload: { query: prepared.run.main.sql, language: 'sql' } };
    }
    const cacheTimeout = resolveCacheTimeout({
      custom: context.custom_cache_timeout,
      chart: chart?.cacheTimeout,
      dataset: dataset.cache_timeout,
      database: database.cacheTimeout,
      dataCacheDefault: settings.dataCacheTimeout,
      globalDefault: settings.cacheDefaultTimeout,
    });
    try {
      const loaded = await deps.cached.load(
        prepared.cacheKey,
        { force: context.force === true, timeoutSeconds: cacheTimeout },
        () => deps.limiter.run(database.id, () => runChartQuery(prepared.run, deps.postProcessing)),
      );
      return {
        kind: 'data',
        resultType,
        outcome: {
          result: loaded.value,
          cacheKey: prepared.cacheKey,
          cacheTimeout,
          isCached: loaded.isCached,
          computedAt: loaded.computedAt,
        },
      };
    } catch (error) {
      throw failure(error);
    }
  };

  return {
    async run(actor, context, chart, lookups) {
      const answers: QueryAnswer[] = [];
      // One after another, as Superset: a failure stops the request before later queries run.
      for (const query of context.queries) {
        answers.push(await runQuery(actor, context, query, chart, lookups));
      }
      return answers;
    },
  };
}
