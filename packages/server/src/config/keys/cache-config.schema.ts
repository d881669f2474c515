import { z } from 'zod';

import { bool, nonNegativeInt, port, text } from './value-schemas.js';

/** Cache backends a Flask-Caching style config may name. */
export const CACHE_TYPES = [
  'NullCache',
  'SimpleCache',
  'RedisCache',
  'RedisSentinelCache',
  'FileSystemCache',
  'SupersetMetastoreCache',
] as const;

const EXPECTED =
  'a cache config object such as { CACHE_TYPE: "RedisCache", CACHE_REDIS_URL: "..." }';

function buildCacheConfig(expected: string) {
  return z
    .object(
      {
        CACHE_TYPE: z.enum(CACHE_TYPES),
        CACHE_DEFAULT_TIMEOUT: nonNegativeInt.optional(),
        CACHE_KEY_PREFIX: text.optional(),
        CACHE_REDIS_URL: text.optional(),
        CACHE_REDIS_HOST: text.optional(),
        CACHE_REDIS_PORT: port.optional(),
        CACHE_REDIS_DB: nonNegativeInt.optional(),
        CACHE_REDIS_USER: text.optional(),
        CACHE_REDIS_PASSWORD: text.optional(),
        CACHE_REDIS_SENTINELS: z
          .array(z.tuple([text, port]), { error: 'an array of [host, port] pairs' })
          .optional(),
        CACHE_REDIS_SENTINEL_MASTER: text.optional(),
        CACHE_DIR: text.optional(),
        CACHE_THRESHOLD: nonNegativeInt.optional(),
        REFRESH_TIMEOUT_ON_RETRIEVAL: bool.optional(),
        CACHE_NO_NULL_WARNING: bool.optional(),
      },
      { error: expected },
    )
    .loose()
    .superRefine((config, context) => {
      if (config.CACHE_TYPE === 'FileSystemCache' && config.CACHE_DIR === undefined) {
        context.addIssue({
          code: 'custom',
          path: ['CACHE_DIR'],
          message: 'a directory path (FileSystemCache needs CACHE_DIR)',
        });
      }
      if (
        config.CACHE_TYPE === 'RedisSentinelCache' &&
        config.CACHE_REDIS_SENTINELS === undefined
      ) {
        context.addIssue({
          code: 'custom',
          path: ['CACHE_REDIS_SENTINELS'],
          message:
            'an array of [host, port] pairs (RedisSentinelCache needs CACHE_REDIS_SENTINELS)',
        });
      }
    });
}

/**
 * A Flask-Caching style cache config (`CACHE_CONFIG`, `DATA_CACHE_CONFIG`, ...). The known
 * sub-keys are checked; any other sub-key passes through to the backend.
 */
export const cacheConfig = buildCacheConfig(EXPECTED);

/** A cache config, or null where the feature can be switched off (`RESULTS_BACKEND`). */
export const cacheConfigOrNull = buildCacheConfig(`${EXPECTED}, or null`).nullable();

/** A parsed cache config. */
export type CacheConfig = z.output<typeof cacheConfig>;
