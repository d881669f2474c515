import type { CacheSettings } from './cache-settings.js';
import { ConfigValidationError } from '../config/config-errors.js';
import type { DataCache } from './data-cache.js';
import { throttleWarnings, type CacheWarning } from './failure-log.js';
import { createLruCache } from './lru-cache.js';
import { createNullCache } from './null-cache.js';
import { createRedisCache } from './redis-cache.js';
import { createRedisClient, redisCacheTargetOf } from './redis-connection.js';

/** Where a key holding a cache config is read, and what the factory may build with. */
export interface CacheFactoryDeps {
  /** The config key the settings come from, named in errors: `DATA_CACHE_CONFIG`. */
  keyName: string;
  /** The global CACHE_DEFAULT_TIMEOUT, used when the settings set none. */
  defaultTimeoutSeconds: number;
  /** Told about failures a cache absorbs (Redis down), at most once per `warningIntervalMs`. */
  warn: CacheWarning;
  warningIntervalMs?: number;
  /** Prefix of Redis keys when the settings set no CACHE_KEY_PREFIX. */
  defaultKeyPrefix?: string;
  /** Builds a SupersetMetastoreCache (the metadata database); without it that type is refused. */
  createMetastoreCache?: (settings: CacheSettings) => DataCache;
}

/** Which of the implementations a config got. */
export type CacheKind = 'null' | 'memory' | 'redis' | 'metastore';

/** A cache built from a config key, with the time-to-live its entries get by default. */
export interface ConfiguredCache {
  cache: DataCache;
  kind: CacheKind;
  /** CACHE_DEFAULT_TIMEOUT of the settings, else the global one (seconds, 0: never expire). */
  timeoutSeconds: number;
}

/** Redis key prefix when neither the settings nor the caller name one. */
export const DEFAULT_CACHE_KEY_PREFIX = 'superset_';

function refuse(keyName: string, subKey: string, received: string, expected: string): never {
  throw new ConfigValidationError(
    [{ key: `${keyName}.${subKey}`, received, expected, source: null }],
    null,
  );
}

/** CACHE_MAX_BYTES, a sub-key of ours the schema passes through unchecked. */
function maxBytesOf(settings: CacheSettings, keyName: string): number | undefined {
  const value: unknown = settings.CACHE_MAX_BYTES;
  if (value === undefined) return undefined;
  if (typeof value === 'number' && Number.isSafeInteger(value) && value > 0) return value;
  return refuse(
    keyName,
    'CACHE_MAX_BYTES',
    JSON.stringify(value),
    'a positive whole number of bytes',
  );
}

/**
 * Builds the cache a Flask-Caching style config asks for: NullCache keeps nothing,
 * SimpleCache is an in-process LRU (CACHE_MAX_BYTES, 64 MiB by default; CACHE_THRESHOLD
 * entries), RedisCache and RedisSentinelCache are Redis (CACHE_KEY_PREFIX before every key),
 * SupersetMetastoreCache is what `createMetastoreCache` builds. FileSystemCache, or a
 * metastore cache without its builder, is refused with a ConfigValidationError naming the
 * key, so the server does not start with a cache it cannot honour.
 */
export function createCacheFromConfig(
  settings: CacheSettings,
  deps: CacheFactoryDeps,
): ConfiguredCache {
  const timeoutSeconds = settings.CACHE_DEFAULT_TIMEOUT ?? deps.defaultTimeoutSeconds;
  const configured = (cache: DataCache, kind: CacheKind) => ({ cache, kind, timeoutSeconds });
  switch (settings.CACHE_TYPE) {
    case 'NullCache':
      return configured(createNullCache(), 'null');
    case 'SimpleCache': {
      const maxBytes = maxBytesOf(settings, deps.keyName);
      return configured(
        createLruCache({
          ...(maxBytes === undefined ? {} : { maxBytes }),
          ...(settings.CACHE_THRESHOLD ? { maxEntries: settings.CACHE_THRESHOLD } : {}),
        }),
        'memory',
      );
    }
    case 'RedisCache':
    case 'RedisSentinelCache': {
      const target = redisCacheTargetOf(settings);
      const warn = throttleWarnings(deps.warn, deps.warningIntervalMs);
      const client = createRedisClient(target, (error) =>
        warn(`${deps.keyName}: cannot reach Redis at ${target.description}.`, error),
      );
      const cache = createRedisCache({
        client,
        keyPrefix: settings.CACHE_KEY_PREFIX ?? deps.defaultKeyPrefix ?? DEFAULT_CACHE_KEY_PREFIX,
        warn,
        description: `${target.description} (${deps.keyName})`,
        stallTimeoutMs: target.stallTimeoutMs,
      });
      return configured(cache, 'redis');
    }
    case 'SupersetMetastoreCache':
      if (deps.createMetastoreCache) {
        return configured(deps.createMetastoreCache(settings), 'metastore');
      }
      return refuse(
        deps.keyName,
        'CACHE_TYPE',
        '"SupersetMetastoreCache" (string)',
        'NullCache, SimpleCache, RedisCache or RedisSentinelCache (this cache cannot live in the metadata database)',
      );
    case 'FileSystemCache':
      return refuse(
        deps.keyName,
        'CACHE_TYPE',
        '"FileSystemCache" (string)',
        'NullCache, SimpleCache, RedisCache or RedisSentinelCache (FileSystemCache is not supported; RedisCache shares a cache between processes)',
      );
  }
}
