/** Superset's `CACHE_DISABLED_TIMEOUT`: a timeout of -1 turns caching off for the query. */
export const CACHE_DISABLED_TIMEOUT = -1;

/** The timeouts a chart's data may be cached for, most specific first; null or 0: not set. */
export interface CacheTimeoutSources {
  /** `custom_cache_timeout` of the request. */
  custom: number | null | undefined;
  /** The saved chart's `cache_timeout` (GET /api/v1/chart/{pk}/data/ only). */
  chart: number | null | undefined;
  dataset: number | null | undefined;
  database: number | null | undefined;
  /** `DATA_CACHE_CONFIG.CACHE_DEFAULT_TIMEOUT`. */
  dataCacheDefault: number | null | undefined;
  /** `CACHE_DEFAULT_TIMEOUT`. */
  globalDefault: number;
}

/**
 * Seconds a result is cached for, as Superset's search path: request -> chart -> dataset ->
 * database -> DATA_CACHE_CONFIG -> CACHE_DEFAULT_TIMEOUT. A 0 or missing value defers to the
 * next one; -1 anywhere on the path (before a set value) disables caching.
 */
export function resolveCacheTimeout(sources: CacheTimeoutSources): number {
  const path = [
    sources.custom,
    sources.chart,
    sources.dataset,
    sources.database,
    sources.dataCacheDefault,
  ];
  for (const timeout of path) {
    if (timeout !== null && timeout !== undefined && timeout !== 0) return timeout;
  }
  return sources.globalDefault;
}

/** Whether a resolved timeout means "never read or write the cache". */
export function isCacheDisabled(timeout: number): boolean {
  return timeout < 0;
}
