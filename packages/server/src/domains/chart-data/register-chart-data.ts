import type { FastifyInstance } from 'fastify';
import { AppError } from '../../errors/app-error.js';
import { createCacheFromConfig } from '../../cache/create-cache-from-config.js';
import type { DataCache } from '../../cache/data-cache.js';
import { createSingleFlight } from '../../cache/single-flight.js';
import type { Config } from '../../config/index.js';
import { isFeatureEnabled } from '../../config/feature-flags.js';
import type { MetadataDb } from '../../db/index.js';
import { databaseTimeOptions } from '../../query-engine/index.js';
import { csvExportSettingsOf } from '../../result-formats/index.js';
import { hasPermission, type Actor } from '../../security/access/actor.js';
import { createTemplateRenderer, type TemplateRenderer } from '../../templating/index.js';
import type { ChartsCapability } from '../charts/register-charts.js';
import type { DatabasesCapability } from '../databases/register-databases.js';
import { engineFactsOf } from '../databases/stored-database.js';
import type { DatasetsCapability } from '../datasets/register-datasets.js';
import type { RowLevelSecurityCapability } from '../row-level-security/register-row-level-security.js';
import { createCachedQueries } from './cached-query.js';
import { POST_PROCESSING, QUERY_ENGINE } from './chart-data.adapters.js';
import type { ChartDatabase } from './chart-data.ports.js';
import { registerChartDataRoutes } from './chart-data.routes.js';
import { createChartDataService, type ChartDataService } from './chart-data.service.js';
import { chartTemplatesOf, UNRENDERED_TEMPLATES } from './chart-templates.js';
import { createDatabaseQueryLimiter } from './database-query-limiter.js';
import type { ComputedResult } from './query-outcome.js';

/** What chart data is built from. */
export interface ChartDataDeps {
  config: Config;
  metadataDb: MetadataDb;
  databases: DatabasesCapability;
  datasets: Pick<DatasetsCapability, 'getQueryDataset'>;
  rls: RowLevelSecurityCapability;
  /** Saved charts, for GET /api/v1/chart/{pk}/data/ and a chart's cache timeout. */
  charts?: Pick<ChartsCapability, 'getChartForData'> | null;
  /** The chart data cache; built from DATA_CACHE_CONFIG (and closed with the app) when absent. */
  dataCache?: DataCache;
  /** The template renderer; one is started (and closed with the app) when absent. */
  templates?: TemplateRenderer;
}

/** What other capabilities use of chart data. */
export interface ChartDataCapability {
  /** The service behind POST /api/v1/chart/data: access, RLS, cache and single flight. */
  service: ChartDataService;
}

function databasesFor(capability: DatabasesCapability) {
  return async (databaseId: number): Promise<ChartDatabase> => {
    const stored = await capability.getStoredById(databaseId);
    const { spec } = engineFactsOf(capability.engines, stored.record);
    if (!spec) throw new AppError('UNKNOWN_ENGINE_ERROR');
    return {
      id: stored.record.id,
      engine: spec.engine,
      dialect: spec.dialect,
      cacheTimeout: stored.record.cache_timeout,
      timeOptions: databaseTimeOptions(stored.extra),
      client: () => capability.clients.clientFor(stored.record),
    };
  };
}

/**
 * Wires `POST /api/v1/chart/data` and `GET /api/v1/chart/{pk}/data/`: chart queries built by
 * the query engine on datasets the caller may read, with their RLS predicates, run on each
 * database's pooled client, cached in DATA_CACHE_CONFIG (identical misses run once),
 * post-processed, and answered as JSON, CSV or XLSX.
 */
export async function registerChartData(
  app: FastifyInstance,
  deps: ChartDataDeps,
): Promise<ChartDataCapability> {
  const { config, metadataDb } = deps;
  const ownCache = deps.dataCache
    ? null
    : createCacheFromConfig(config.DATA_CACHE_CONFIG, {
        keyName: 'DATA_CACHE_CONFIG',
        defaultTimeoutSeconds: config.CACHE_DEFAULT_TIMEOUT,
        warn: (message, error) => app.log.warn({ err: error }, message),
      });
  const cache = deps.dataCache ?? ownCache?.cache;
  if (!cache) throw new Error('no chart data cache');
  const isTemplating = isFeatureEnabled(config, 'ENABLE_TEMPLATE_PROCESSING');
  const ownRenderer = !deps.templates && isTemplating ? createTemplateRenderer({ config }) : null;
  const renderer = deps.templates ?? ownRenderer;
  const emailOf = async (userId: number) =>
    (
      await metadataDb.kysely
        .selectFrom('ab_user')
        .select('email')
        .where('id', '=', userId)
        .executeTakeFirst()
    )?.email ?? null;
  const now = () => new Date();

  const service = createChartDataService({
    datasets: deps.datasets,
    databaseOf: databasesFor(deps.databases),
    rlsClausesFor: (actor, datasetId) => deps.rls.predicatesFor(actor, datasetId),
    engine: QUERY_ENGINE,
    postProcessing: POST_PROCESSING,
    templates: renderer
      ? chartTemplatesOf(
          renderer,
          emailOf,
          now,
          (engine) => isTemplating && !Object.hasOwn(config.CUSTOM_TEMPLATE_PROCESSORS, engine),
        )
      : UNRENDERED_TEMPLATES,
    cached: createCachedQueries<ComputedResult>({
      cache,
      flights: createSingleFlight(),
      now,
      onUnreadable: (key, error) =>
        app.log.warn({ err: error, cacheKey: key }, 'a cached chart result could not be read'),
    }),
    limiter: createDatabaseQueryLimiter(config.DASHBOARD_QUERY_CONCURRENCY_PER_DATABASE),
    settings: {
      rowLimit: config.ROW_LIMIT,
      maxRowLimit: Math.max(config.SQL_MAX_ROW, config.ROW_LIMIT),
      samplesRowLimit: config.SAMPLES_ROW_LIMIT,
      cacheDefaultTimeout: config.CACHE_DEFAULT_TIMEOUT,
      dataCacheTimeout: config.DATA_CACHE_CONFIG.CACHE_DEFAULT_TIMEOUT ?? null,
      hash: config.HASH_ALGORITHM,
      isCacheQueryByUser: isFeatureEnabled(config, 'CACHE_QUERY_BY_USER'),
      allowAdhocSubqueries: isFeatureEnabled(config, 'ALLOW_ADHOC_SUBQUERY'),
    },
    logFailure: (details) => app.log.error(details, 'chart data query failed'),
    now,
  });
  const exportPermission: [string, string] = isFeatureEnabled(config, 'GRANULAR_EXPORT_CONTROLS')
    ? ['can_export_data', 'Superset']
    : ['can_csv', 'Superset'];
  await registerChartDataRoutes(app, {
    service,
    charts: deps.charts ?? null,
    csv: csvExportSettingsOf(config.CSV_EXPORT),
    canExport: (actor: Actor) => hasPermission(actor, ...exportPermission),
    now,
  });
  app.addHook('onClose', async () => {
    await ownRenderer?.close();
    await ownCache?.cache.close();
  });
  return { service };
}
