import type { Redis } from 'ioredis';
import type { DataCache } from './data-cache.js';
import type { CacheWarning } from './failure-log.js';
import { closeRedisClient, DEFAULT_REDIS_TIMEOUT_MS } from './redis-connection.js';
import { guardAgainstStall } from './redis-stall-guard.js';

/** Client states in which the last connection attempt failed and the next is not under way. */
const DOWN_STATUSES: ReadonlySet<string> = new Set(['close', 'reconnecting', 'end']);

/** A Redis cache's client, key prefix, and where it reports failures it absorbs. */
export interface RedisCacheOptions {
  client: Redis;
  /** Prepended to every key (CACHE_KEY_PREFIX), so caches can share one Redis database. */
  keyPrefix: string;
  /** Told (throttled by the caller) about a read or write that failed and became a miss. */
  warn: CacheWarning;
  /** Host and port for messages. */
  description: string;
  /** How long a command may wait while the link moves no data (default 2 s). */
  stallTimeoutMs?: number;
}

/**
 * A cache in Redis (CACHE_TYPE RedisCache): `SET key value EX ttl`, shared by every process.
 * A Redis that is down or slow never fails a request: the read is a miss and the write is
 * dropped, with a warning. The first command waits at most the connect timeout; a command
 * then waits as long as its answer keeps arriving, and fails after `stallTimeoutMs` without a
 * byte moving. While the client waits to reconnect, commands are not sent at all.
 */
export function createRedisCache(options: RedisCacheOptions): DataCache {
  const { client, keyPrefix, warn, description } = options;
  const stallMs = options.stallTimeoutMs ?? DEFAULT_REDIS_TIMEOUT_MS;
  const guarded = <T>(command: Promise<T>) => guardAgainstStall(client, command, stallMs);
  const keyOf = (key: string) => `${keyPrefix}${key}`;
  const absorb = (action: string) => (error: unknown) => {
    warn(`The Redis cache at ${description} failed to ${action}; treated as a cache miss.`, error);
    return undefined;
  };
  // Between reconnection attempts a command would wait for the next one: answer a miss now.
  const isDown = () => DOWN_STATUSES.has(client.status);
  return {
    async get(key) {
      if (isDown()) return absorb('read')(new Error(`Redis is ${client.status}`));
      const value = await guarded(client.getBuffer(keyOf(key))).catch(absorb('read'));
      return value ?? undefined;
    },
    async set(key, value, ttlSeconds) {
      if (ttlSeconds < 0) return;
      if (isDown()) return absorb('write')(new Error(`Redis is ${client.status}`));
      const bytes = Buffer.from(value.buffer, value.byteOffset, value.byteLength);
      const stored =
        ttlSeconds > 0
          ? client.set(keyOf(key), bytes, 'EX', Math.ceil(ttlSeconds))
          : client.set(keyOf(key), bytes);
      await guarded(stored).catch(absorb('write'));
    },
    async delete(key) {
      if (isDown()) return absorb('delete')(new Error(`Redis is ${client.status}`));
      await guarded(client.del(keyOf(key))).catch(absorb('delete'));
    },
    close() {
      return closeRedisClient(client);
    },
  };
}
