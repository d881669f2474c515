import { Redis, type RedisOptions } from 'ioredis';
import type { CacheSettings } from './cache-settings.js';

/** Milliseconds a Redis cache waits to connect, or while an answer moves no data, before it gives up. */
export const DEFAULT_REDIS_TIMEOUT_MS = 2_000;

/** The longest pause between two attempts to reconnect to a Redis that went away. */
const MAX_RECONNECT_DELAY_MS = 5_000;

/** Flask-Caching's default master name for RedisSentinelCache. */
const DEFAULT_SENTINEL_MASTER = 'mymaster';

/** Where a Redis is and how long to wait for it. */
export interface RedisTarget {
  /** A redis:// or rediss:// URL, when the config gave one (it wins over host/port/db). */
  url: string | undefined;
  options: RedisOptions;
  /** Host and port (or the sentinels) for messages; never the password. */
  description: string;
  /**
   * How long a command may wait while the link moves no data (socket_timeout): a large answer
   * still arriving is not cut off, a server that stopped answering is (see `guardAgainstStall`).
   */
  stallTimeoutMs: number;
}

/** Seconds from Flask-Caching's CACHE_OPTIONS (redis-py's names), when a positive number. */
function secondsOption(settings: CacheSettings, name: string): number | undefined {
  const options: unknown = settings.CACHE_OPTIONS;
  if (typeof options !== 'object' || options === null) return undefined;
  const value: unknown = (options as Record<string, unknown>)[name];
  return typeof value === 'number' && value > 0 ? value * 1000 : undefined;
}

function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}${parsed.pathname === '/' ? '' : parsed.pathname}`;
  } catch {
    return 'the CACHE_REDIS_URL given';
  }
}

/**
 * Reads a cache config's Redis sub-keys as Flask-Caching does: CACHE_REDIS_URL, or
 * CACHE_REDIS_HOST/PORT/DB/USER/PASSWORD (localhost:6379/0 by default), or
 * CACHE_REDIS_SENTINELS with CACHE_REDIS_SENTINEL_MASTER; CACHE_OPTIONS.socket_connect_timeout
 * and socket_timeout (seconds) bound the waits (commandTimeout; see `redisCacheTargetOf`).
 */
export function redisTargetOf(settings: CacheSettings): RedisTarget {
  const connectTimeout =
    secondsOption(settings, 'socket_connect_timeout') ?? DEFAULT_REDIS_TIMEOUT_MS;
  const stallTimeoutMs = secondsOption(settings, 'socket_timeout') ?? DEFAULT_REDIS_TIMEOUT_MS;
  const options: RedisOptions = {
    connectTimeout,
    commandTimeout: stallTimeoutMs,
    // Connect on first use: a server whose cache is never read never dials Redis.
    lazyConnect: true,
    // A command waits for (re)connection once, then fails: a cache miss, not a hung request.
    maxRetriesPerRequest: 1,
    retryStrategy: (attempt) => Math.min(attempt * 200, MAX_RECONNECT_DELAY_MS),
    ...(settings.CACHE_REDIS_USER === undefined ? {} : { username: settings.CACHE_REDIS_USER }),
    ...(settings.CACHE_REDIS_PASSWORD === undefined
      ? {}
      : { password: settings.CACHE_REDIS_PASSWORD }),
  };
  if (settings.CACHE_TYPE === 'RedisSentinelCache' && settings.CACHE_REDIS_SENTINELS) {
    const sentinels = settings.CACHE_REDIS_SENTINELS.map(([host, port]) => ({ host, port }));
    const name = settings.CACHE_REDIS_SENTINEL_MASTER ?? DEFAULT_SENTINEL_MASTER;
    return {
      url: undefined,
      options: { ...options, sentinels, name, db: settings.CACHE_REDIS_DB ?? 0 },
      stallTimeoutMs,
      description: `master ${name} via sentinels ${sentinels.map((s) => `${s.host}:${s.port}`).join(', ')}`,
    };
  }
  if (settings.CACHE_REDIS_URL !== undefined) {
    return {
      url: settings.CACHE_REDIS_URL,
      options,
      stallTimeoutMs,
      description: describeUrl(settings.CACHE_REDIS_URL),
    };
  }
  const host = settings.CACHE_REDIS_HOST ?? 'localhost';
  const port = settings.CACHE_REDIS_PORT ?? 6379;
  const db = settings.CACHE_REDIS_DB ?? 0;
  return {
    url: undefined,
    options: { ...options, host, port, db },
    stallTimeoutMs,
    description: `redis://${host}:${port}/${db}`,
  };
}

/**
 * `redisTargetOf` for a data cache: without ioredis's fixed command timeout, which would cut
 * off a large entry still arriving; the cache guards its commands against a stalled link
 * instead (`stallTimeoutMs`, see `guardAgainstStall`).
 */
export function redisCacheTargetOf(settings: CacheSettings): RedisTarget {
  const target = redisTargetOf(settings);
  const { commandTimeout: _fixedTimeout, ...options } = target.options;
  return { ...target, options };
}

/**
 * A lazily connecting ioredis client for `target`. Connection errors go to `onError` (ioredis
 * otherwise prints them itself); the client keeps reconnecting in the background.
 */
export function createRedisClient(target: RedisTarget, onError: (error: Error) => void): Redis {
  const client =
    target.url === undefined ? new Redis(target.options) : new Redis(target.url, target.options);
  client.on('error', onError);
  return client;
}

/** Ends a client: politely when connected, at once otherwise (nothing waits on a dead link). */
export async function closeRedisClient(client: Redis): Promise<void> {
  if (client.status === 'ready') {
    try {
      await client.quit();
      return;
    } catch {
      // Fall through to the hard disconnect.
    }
  }
  client.disconnect();
}
