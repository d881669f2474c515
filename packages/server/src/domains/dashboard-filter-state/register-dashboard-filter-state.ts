import type { FastifyInstance } from 'fastify';
import { createCacheFromConfig, type DataCache } from '../../cache/index.js';
import { createMetastoreCache } from '../../cache/metastore-cache.js';
import type { Config } from '../../config/index.js';
import type { MetadataDb } from '../../db/index.js';
import { createFilterStateStore } from './filter-state-store.js';
import { registerFilterStateRoutes } from './filter-state.routes.js';
import { createFilterStateService, type FilterStateServiceDeps } from './filter-state.service.js';

/** What the dashboard filter-state capability is built from. */
export interface DashboardFilterStateDeps {
  config: Config;
  metadataDb: MetadataDb;
  getReadableDashboard: FilterStateServiceDeps['getReadableDashboard'];
  /**
   * The store of filter states and their time-to-live (seconds, 0: none); by default the
   * cache FILTER_STATE_CACHE_CONFIG describes (tests may pass an in-memory one).
   */
  filterStateCache?: { cache: DataCache; timeoutSeconds: number };
}

/** Wires `/api/v1/dashboard/{pk}/filter_state[/{key}]` over its configured store. */
export function registerDashboardFilterState(
  app: FastifyInstance,
  deps: DashboardFilterStateDeps,
): void {
  const settings = deps.config.FILTER_STATE_CACHE_CONFIG;
  const { cache, timeoutSeconds } = deps.filterStateCache ?? filterStateCacheFromConfig(app, deps);
  const service = createFilterStateService({
    store: createFilterStateStore(cache, {
      ttlSeconds: timeoutSeconds,
      refreshOnRead: settings.REFRESH_TIMEOUT_ON_RETRIEVAL ?? false,
    }),
    getReadableDashboard: deps.getReadableDashboard,
  });
  registerFilterStateRoutes(app, service);
}

function filterStateCacheFromConfig(app: FastifyInstance, deps: DashboardFilterStateDeps) {
  const keyName = 'FILTER_STATE_CACHE_CONFIG';
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
