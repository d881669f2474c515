import { join } from 'node:path';
import type { Config } from '../config/index.js';
import { throttleWarnings, type CacheWarning } from '../cache/failure-log.js';
import { createRedisClient, redisTargetOf } from '../cache/redis-connection.js';
import { createFilesystemResultsBackend } from './filesystem-results-backend.js';
import { createMemoryResultsBackend } from './memory-results-backend.js';
import { createRedisResultsBackend, DEFAULT_RESULTS_KEY_PREFIX } from './redis-results-backend.js';
import type { ResultsBackend } from './results-backend.js';

/** The directory results go to when RESULTS_BACKEND names none. */
export const DEFAULT_RESULTS_SUBDIRECTORY = 'sqllab_results';

/** The backend, with the timeout its entries get and why a configured one is not used. */
export interface ConfiguredResultsBackend {
  backend: ResultsBackend | null;
  timeoutSeconds: number | null;
  /** Set when the configuration asked for something this build cannot do. */
  warning: string | null;
}

/** Where the results backend reports failures (the server log). */
export interface ResultsBackendDeps {
  /** Told why Redis failed; connection problems at most once a minute. */
  warn: CacheWarning;
}

/**
 * Builds the results backend from RESULTS_BACKEND: files under DATA_DIR when it is null (so
 * asynchronous runs work out of the box), a directory of its own for FileSystemCache,
 * memory for SimpleCache, Redis for RedisCache and RedisSentinelCache (CACHE_KEY_PREFIX,
 * `superset_results_` by default, before each key), none for NullCache.
 * SupersetMetastoreCache is not built yet: it falls back to the default directory with a
 * warning. Entries expire after the settings' CACHE_DEFAULT_TIMEOUT, else the global one.
 */
export function resultsBackendFromConfig(
  config: Pick<Config, 'RESULTS_BACKEND' | 'DATA_DIR' | 'CACHE_DEFAULT_TIMEOUT'>,
  deps: ResultsBackendDeps,
): ConfiguredResultsBackend {
  const settings = config.RESULTS_BACKEND;
  const defaultDirectory = join(config.DATA_DIR, DEFAULT_RESULTS_SUBDIRECTORY);
  if (settings === null) {
    return {
      backend: createFilesystemResultsBackend(defaultDirectory),
      timeoutSeconds: config.CACHE_DEFAULT_TIMEOUT,
      warning: null,
    };
  }
  const timeoutSeconds = settings.CACHE_DEFAULT_TIMEOUT ?? config.CACHE_DEFAULT_TIMEOUT;
  switch (settings.CACHE_TYPE) {
    case 'NullCache':
      return { backend: null, timeoutSeconds, warning: null };
    case 'SimpleCache':
      return { backend: createMemoryResultsBackend(), timeoutSeconds, warning: null };
    case 'FileSystemCache':
      return {
        backend: createFilesystemResultsBackend(settings.CACHE_DIR ?? defaultDirectory),
        timeoutSeconds,
        warning: null,
      };
    case 'RedisCache':
    case 'RedisSentinelCache': {
      const target = redisTargetOf(settings);
      const warnThrottled = throttleWarnings(deps.warn);
      const client = createRedisClient(target, (error) =>
        warnThrottled(`RESULTS_BACKEND: cannot reach Redis at ${target.description}.`, error),
      );
      const backend = createRedisResultsBackend({
        client,
        keyPrefix: settings.CACHE_KEY_PREFIX ?? DEFAULT_RESULTS_KEY_PREFIX,
        description: target.description,
        onFailure: deps.warn,
      });
      return { backend, timeoutSeconds, warning: null };
    }
    case 'SupersetMetastoreCache':
      return {
        backend: createFilesystemResultsBackend(defaultDirectory),
        timeoutSeconds,
        warning: `RESULTS_BACKEND ${settings.CACHE_TYPE} is not available in this build yet; SQL Lab results are kept under ${defaultDirectory} instead.`,
      };
  }
}
