import type { FastifyInstance } from 'fastify';
import { createCacheFromConfig, type DataCache } from '../../cache/index.js';
import { createMetastoreCache } from '../../cache/metastore-cache.js';
import type { Config } from '../../config/index.js';
import type { MetadataDb } from '../../db/index.js';
import type { ChartsCapability } from '../charts/register-charts.js';
import { basicExploreDatasource, type ExploreDatasourceSource } from './explore-datasource.js';
import { registerExploreRoutes } from './explore.routes.js';
import { createExploreService } from './explore.service.js';
import { createFormDataStore } from './form-data-store.js';
import { createFormDataService } from './form-data.service.js';
import { createPermalinkService } from './permalink.service.js';

/** What the Explore capability is built from. */
export interface ExploreDeps {
  config: Config;
  metadataDb: MetadataDb;
  charts: ChartsCapability;
  /**
   * The store of unsaved states and their time-to-live (seconds, 0: none); by default the
   * cache EXPLORE_FORM_DATA_CACHE_CONFIG describes (tests pass an in-memory one).
   */
  formDataCache?: { cache: DataCache; timeoutSeconds: number };
  /** The dataset payload Explore loads (the datasets capability's getExploreDatasource). */
  exploreDatasource?: ExploreDatasourceSource;
  now?: () => Date;
}

/** Wires `/api/v1/explore/`, its form-data store and its permalinks. */
export function registerExplore(app: FastifyInstance, deps: ExploreDeps): void {
  const settings = deps.config.EXPLORE_FORM_DATA_CACHE_CONFIG;
  const formDataCache = deps.formDataCache ?? formDataCacheFromConfig(app, deps);
  const formData = createFormDataService({
    store: createFormDataStore(formDataCache.cache, {
      ttlSeconds: formDataCache.timeoutSeconds,
      refreshOnRead: settings.REFRESH_TIMEOUT_ON_RETRIEVAL ?? false,
    }),
    charts: deps.charts,
  });
  const permalinks = createPermalinkService({
    metadataDb: deps.metadataDb,
    charts: deps.charts,
    ...(deps.now ? { now: deps.now } : {}),
  });
  const explore = createExploreService({
    charts: deps.charts,
    formData,
    permalinks,
    exploreDatasource: deps.exploreDatasource ?? basicExploreDatasource(deps.metadataDb.kysely),
  });
  registerExploreRoutes(app, { explore, formData, permalinks });
}

function formDataCacheFromConfig(app: FastifyInstance, deps: ExploreDeps) {
  const keyName = 'EXPLORE_FORM_DATA_CACHE_CONFIG';
  const configured = createCacheFromConfig(deps.config[keyName], {
    keyName,
    defaultTimeoutSeconds: deps.config.CACHE_DEFAULT_TIMEOUT,
    warn: (message, error) => app.log.warn({ err: error }, message),
    createMetastoreCache: (settings) =>
      createMetastoreCache({
        kysely: deps.metadataDb.kysely,
        ...(settings.CACHE_KEY_PREFIX ? { keyPrefix: settings.CACHE_KEY_PREFIX } : {}),
      }),
  });
  app.addHook('onClose', () => configured.cache.close());
  return configured;
}
