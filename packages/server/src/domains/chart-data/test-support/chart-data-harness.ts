import {
  ALL_ENGINE_SPECS,
  type CellValue,
  type EngineClient,
  type QueryResult,
} from '@superset-ts/engines';
import { queryContextSchema, type QueryContext } from '@superset-ts/shared';
import { createLruCache } from '../../../cache/lru-cache.js';
import { createSingleFlight } from '../../../cache/single-flight.js';
import { AppError } from '../../../errors/app-error.js';
import type { QueryDataset } from '../../../query-engine/query-dataset.js';
import { permissionKey, type Actor } from '../../../security/access/actor.js';
import { POST_PROCESSING, QUERY_ENGINE } from '../chart-data.adapters.js';
import type { ChartDatabase, ChartTemplates } from '../chart-data.ports.js';
import { createChartDataService, type ChartDataSettings } from '../chart-data.service.js';
import { createCachedQueries } from '../cached-query.js';
import { createDatabaseQueryLimiter } from '../database-query-limiter.js';
import type { QueryFailureLog } from '../query-failure.js';
import type { ComputedResult } from '../query-outcome.js';
import { datasetFixture } from './chart-data-fixtures.js';

const POSTGRES = ALL_ENGINE_SPECS.find((spec) => spec.engine === 'postgresql');

/** A user actor holding the given `[action, resource]` pairs. */
export function actorWith(userId: number, pairs: [string, string][]): Actor {
  return {
    kind: 'user',
    userId,
    username: `user${userId}`,
    roles: [],
    permissions: new Set(pairs.map(([action, resource]) => permissionKey(action, resource))),
  };
}

/** A Gamma-like user: charts, but no SQL Lab. */
export const gamma = (userId = 2) => actorWith(userId, [['can_read', 'Chart']]);
/** A SQL Lab user with access to database 1. */
export const sqlLabUser = (userId = 3) =>
  actorWith(userId, [
    ['can_read', 'Chart'],
    ['can_execute_sql_query', 'SQLLab'],
    ['database_access', '[main].(id:1)'],
  ]);

/** A parsed query context on dataset 7. */
export function contextOf(fields: Record<string, unknown>): QueryContext {
  return queryContextSchema.parse({ datasource: { id: 7, type: 'table' }, ...fields });
}

/** What a harness lets a test steer and observe. */
export interface HarnessOptions {
  dataset?: QueryDataset;
  databaseCacheTimeout?: number | null;
  rls?: (actor: Actor, datasetId: number) => string[];
  templates?: ChartTemplates;
  rows?: (sql: string) => CellValue[][];
  failWith?: (sql: string) => Error | null;
  settings?: Partial<ChartDataSettings>;
  /** Holds every query until released. */
  gate?: Promise<void>;
  /** Queries at once on the database (DASHBOARD_QUERY_CONCURRENCY_PER_DATABASE); 4 by default. */
  concurrencyPerDatabase?: number;
}

/** A chart data service over fakes: an in-memory cache, a recording client, Postgres SQL. */
export function chartDataHarness(options: HarnessOptions = {}) {
  if (!POSTGRES) throw new Error('no postgresql engine');
  const executed: string[] = [];
  /** How often the service read a dataset and a dataset's RLS clauses. */
  const lookups = { datasets: 0, rls: 0 };
  const failures: Parameters<QueryFailureLog>[0][] = [];
  const cacheTtls = new Map<string, number>();
  const lru = createLruCache();
  const cache = {
    ...lru,
    set: (key: string, value: Uint8Array, ttl: number) => {
      cacheTtls.set(key, ttl);
      return lru.set(key, value, ttl);
    },
  };
  const client = {
    async execute(sql: string): Promise<QueryResult> {
      executed.push(sql);
      await options.gate;
      const failure = options.failWith?.(sql);
      if (failure) throw failure;
      const rows = options.rows?.(sql) ?? [['EU', 10]];
      return {
        columns: (rows[0] ?? []).map((_cell, index) => ({
          name: `c${index}`,
          type: null,
          genericType: null,
        })),
        rows,
        truncated: false,
      };
    },
  } as unknown as EngineClient;
  const database: ChartDatabase = {
    id: 1,
    engine: 'postgresql',
    dialect: POSTGRES.dialect,
    cacheTimeout: options.databaseCacheTimeout ?? null,
    timeOptions: { pythonDateFormatByColumn: {} },
    client: () => Promise.resolve(client),
  };
  const dataset = options.dataset ?? datasetFixture({});
  const service = createChartDataService({
    datasets: {
      getQueryDataset: (_actor, id) => {
        lookups.datasets += 1;
        return id === dataset.id
          ? Promise.resolve(dataset)
          : Promise.reject(new AppError('RESOURCE_NOT_FOUND'));
      },
    },
    databaseOf: () => Promise.resolve(database),
    rlsClausesFor: (actor, datasetId) => {
      lookups.rls += 1;
      return Promise.resolve(options.rls?.(actor, datasetId) ?? []);
    },
    engine: QUERY_ENGINE,
    postProcessing: POST_PROCESSING,
    templates: options.templates ?? ((sql) => Promise.resolve({ sql, cacheKeyExtras: [] })),
    cached: createCachedQueries<ComputedResult>({
      cache,
      flights: createSingleFlight(),
      now: () => new Date(),
    }),
    limiter: createDatabaseQueryLimiter(options.concurrencyPerDatabase ?? 4),
    settings: {
      rowLimit: 50_000,
      maxRowLimit: 100_000,
      samplesRowLimit: 1_000,
      cacheDefaultTimeout: 86_400,
      dataCacheTimeout: null,
      hash: 'sha256',
      isCacheQueryByUser: false,
      allowAdhocSubqueries: false,
      ...options.settings,
    },
    logFailure: (details) => failures.push(details),
    now: () => new Date('2024-06-15T12:00:00Z'),
  });
  return { service, executed, failures, cacheTtls, lookups };
}
