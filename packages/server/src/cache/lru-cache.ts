import { LRUCache } from 'lru-cache';
import type { DataCache } from './data-cache.js';

/** Bytes an in-process cache holds when its config sets no CACHE_MAX_BYTES: 64 MiB. */
export const DEFAULT_LRU_MAX_BYTES = 64 * 1024 * 1024;

/** Bounds of an in-process LRU cache. */
export interface LruCacheOptions {
  /** Total bytes of values kept; the least recently used entries go first. */
  maxBytes?: number;
  /** Most entries kept (Flask-Caching's CACHE_THRESHOLD), on top of the byte bound. */
  maxEntries?: number;
  /** Milliseconds clock, for tests. */
  now?: () => number;
}

/**
 * A cache in this process's memory (CACHE_TYPE SimpleCache), bounded by bytes, with a
 * time-to-live per entry. Not shared between processes: each `serve -w N` worker has its own.
 * A value larger than the whole bound is not kept.
 */
export function createLruCache(options: LruCacheOptions = {}): DataCache {
  const now = options.now;
  const entries = new LRUCache<string, Uint8Array>({
    maxSize: options.maxBytes ?? DEFAULT_LRU_MAX_BYTES,
    ...(options.maxEntries ? { max: options.maxEntries } : {}),
    sizeCalculation: (value) => Math.max(1, value.byteLength),
    ...(now ? { perf: { now }, ttlResolution: 0 } : {}),
  });
  return {
    get(key) {
      return Promise.resolve(entries.get(key));
    },
    set(key, value, ttlSeconds) {
      if (ttlSeconds < 0) return Promise.resolve();
      // A copy, so a caller reusing its buffer cannot change what the cache holds.
      entries.set(key, value.slice(), { ttl: ttlSeconds * 1000 });
      return Promise.resolve();
    },
    delete(key) {
      entries.delete(key);
      return Promise.resolve();
    },
    close() {
      entries.clear();
      return Promise.resolve();
    },
  };
}
