import type { DataCache } from './data-cache.js';

/** A cache that keeps nothing (CACHE_TYPE NullCache): every read is a miss. */
export function createNullCache(): DataCache {
  return {
    get: () => Promise.resolve(undefined),
    set: () => Promise.resolve(),
    delete: () => Promise.resolve(),
    close: () => Promise.resolve(),
  };
}
