import type { Redis } from 'ioredis';
import { closeRedisClient } from '../cache/redis-connection.js';
import { AppError } from '../errors/app-error.js';
import { isResultsKey, type ResultsBackend } from './results-backend.js';

/** Prefix of results keys when RESULTS_BACKEND sets no CACHE_KEY_PREFIX. */
export const DEFAULT_RESULTS_KEY_PREFIX = 'superset_results_';

/** The client and key prefix of a Redis results backend. */
export interface RedisResultsBackendOptions {
  client: Redis;
  keyPrefix: string;
  /** Host and port, for the log; never the password. */
  description: string;
  /** Told why Redis failed (the caller's log); the user gets a catalogue error. */
  onFailure: (message: string, error: unknown) => void;
}

/**
 * SQL Lab results kept in Redis (RESULTS_BACKEND with CACHE_TYPE RedisCache or
 * RedisSentinelCache), shared by every server and worker process: `SET prefix+key value EX
 * timeout`, so Redis itself drops expired results. Unlike a cache, a Redis that does not
 * answer is an error (RESULTS_BACKEND_UNAVAILABLE_ERROR): a lost result is not a miss.
 */
export function createRedisResultsBackend(options: RedisResultsBackendOptions): ResultsBackend {
  const { client, keyPrefix, description, onFailure } = options;
  const redisKeyOf = (key: string) => {
    if (!isResultsKey(key)) throw new RangeError(`Not a results key: ${JSON.stringify(key)}`);
    return `${keyPrefix}${key}`;
  };
  const unavailable = (action: string) => (error: unknown) => {
    onFailure(`The results backend (Redis at ${description}) failed to ${action}.`, error);
    throw new AppError('RESULTS_BACKEND_UNAVAILABLE_ERROR');
  };
  return {
    async set(key, value, timeoutSeconds) {
      const redisKey = redisKeyOf(key);
      const stored =
        timeoutSeconds && timeoutSeconds > 0
          ? client.set(redisKey, value, 'EX', Math.ceil(timeoutSeconds))
          : client.set(redisKey, value);
      await stored.catch(unavailable('store results'));
    },
    async get(key) {
      return client.getBuffer(redisKeyOf(key)).catch(unavailable('read results'));
    },
    async delete(key) {
      await client.del(redisKeyOf(key)).catch(unavailable('delete results'));
    },
    close() {
      return closeRedisClient(client);
    },
  };
}
