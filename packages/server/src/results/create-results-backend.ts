import { join } from 'node:path';
import type { Config } from '../config/index.js';
import { createFilesystemResultsBackend } from './filesystem-results-backend.js';
import { createMemoryResultsBackend } from './memory-results-backend.js';
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

/**
 * Builds the results backend from RESULTS_BACKEND: files under DATA_DIR when it is null (so
 * asynchronous runs work out of the box), a directory of its own for FileSystemCache,
 * memory for SimpleCache, none for NullCache. Redis backends are not built yet: they fall
 * back to the default directory with a warning.
 */
export function resultsBackendFromConfig(
  config: Pick<Config, 'RESULTS_BACKEND' | 'DATA_DIR' | 'CACHE_DEFAULT_TIMEOUT'>,
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
    case 'RedisSentinelCache':
    case 'SupersetMetastoreCache':
      return {
        backend: createFilesystemResultsBackend(defaultDirectory),
        timeoutSeconds,
        warning: `RESULTS_BACKEND ${settings.CACHE_TYPE} is not available in this build yet; SQL Lab results are kept under ${defaultDirectory} instead.`,
      };
  }
}
