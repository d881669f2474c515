import { describeKey } from './capabilities.js';
import { cacheConfig, cacheConfigOrNull } from './cache-config.schema.js';
import { bool, nonNegativeInt } from './value-schemas.js';

const DAY = 24 * 60 * 60;

/** Caches (Flask-Caching style objects) and the SQL Lab results backend. */
export const cacheKeys = {
  CACHE_DEFAULT_TIMEOUT: nonNegativeInt
    .default(DAY)
    .describe(
      describeKey('Seconds a cached value lives when its cache config sets no timeout.', 'caching'),
    ),
  CACHE_CONFIG: cacheConfig
    .default({ CACHE_TYPE: 'NullCache' })
    .describe(
      describeKey(
        'General metadata cache. CACHE_TYPE is one of NullCache, SimpleCache, RedisCache, RedisSentinelCache, FileSystemCache, SupersetMetastoreCache; other sub-keys: CACHE_DEFAULT_TIMEOUT, CACHE_KEY_PREFIX, CACHE_REDIS_URL, CACHE_REDIS_HOST/PORT/DB/PASSWORD, CACHE_DIR.',
        'caching',
      ),
    ),
  DATA_CACHE_CONFIG: cacheConfig
    .default({ CACHE_TYPE: 'SimpleCache' })
    .describe(
      describeKey(
        'Cache of chart and query results; its CACHE_DEFAULT_TIMEOUT wins over the global one. Unlike Superset (NullCache), the default is an in-process LRU cache (SimpleCache) of 64 MiB per server process; CACHE_MAX_BYTES sets its size, CACHE_THRESHOLD its number of entries. Use RedisCache to share the cache between processes. FileSystemCache is not supported here.',
        'caching',
      ),
    ),
  FILTER_STATE_CACHE_CONFIG: cacheConfig
    .default({
      CACHE_TYPE: 'SupersetMetastoreCache',
      CACHE_DEFAULT_TIMEOUT: 90 * DAY,
      REFRESH_TIMEOUT_ON_RETRIEVAL: true,
    })
    .describe(
      describeKey('Store of dashboard native-filter state (native_filters_key).', 'dashboards'),
    ),
  EXPLORE_FORM_DATA_CACHE_CONFIG: cacheConfig
    .default({
      CACHE_TYPE: 'SupersetMetastoreCache',
      CACHE_DEFAULT_TIMEOUT: 7 * DAY,
      REFRESH_TIMEOUT_ON_RETRIEVAL: true,
    })
    .describe(describeKey('Store of unsaved Explore state (form_data_key).', 'explore')),
  THUMBNAIL_CACHE_CONFIG: cacheConfig
    .default({
      CACHE_TYPE: 'NullCache',
      CACHE_DEFAULT_TIMEOUT: 7 * DAY,
      CACHE_NO_NULL_WARNING: true,
    })
    .describe(
      describeKey('Cache of chart and dashboard thumbnails and screenshots.', 'thumbnails'),
    ),
  THUMBNAIL_ERROR_CACHE_TTL: nonNegativeInt
    .default(DAY)
    .describe(describeKey('Seconds before a failed thumbnail is tried again.', 'thumbnails')),
  STORE_CACHE_KEYS_IN_METADATA_DB: bool
    .default(false)
    .describe(
      describeKey(
        'Record cache keys in the metadata database so a dataset can invalidate them.',
        'caching',
      ),
    ),
  RESULTS_BACKEND: cacheConfigOrNull
    .default(null)
    .describe(
      describeKey(
        'Where results of asynchronous SQL Lab queries are kept, as a cache config; null disables asynchronous queries.',
        'async workers',
      ),
    ),
  RESULTS_BACKEND_USE_MSGPACK: bool
    .default(true)
    .describe(
      describeKey('Store asynchronous results as MessagePack instead of JSON.', 'async workers'),
    ),
};
