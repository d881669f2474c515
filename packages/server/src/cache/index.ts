export type { DataCache } from './data-cache.js';
export type { CacheSettings } from './cache-settings.js';
export {
  createCacheFromConfig,
  DEFAULT_CACHE_KEY_PREFIX,
  type CacheFactoryDeps,
  type CacheKind,
  type ConfiguredCache,
} from './create-cache-from-config.js';
export { createNullCache } from './null-cache.js';
export { createLruCache, DEFAULT_LRU_MAX_BYTES, type LruCacheOptions } from './lru-cache.js';
export { createRedisCache, type RedisCacheOptions } from './redis-cache.js';
export { createSingleFlight, type SingleFlight } from './single-flight.js';
export { decodeCachePayload, encodeCachePayload } from './cache-payload-codec.js';
export { throttleWarnings, type CacheWarning } from './failure-log.js';
export {
  createMetastoreCache,
  METASTORE_CACHE_RESOURCE,
  type MetastoreCacheOptions,
} from './metastore-cache.js';
