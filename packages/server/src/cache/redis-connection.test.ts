import { describe, expect, it } from 'vitest';
import { redisCacheTargetOf, redisTargetOf } from './redis-connection.js';

describe('reading the Redis sub-keys of a cache config', () => {
  it('takes the URL as given and never shows its password', () => {
    const target = redisTargetOf({
      CACHE_TYPE: 'RedisCache',
      CACHE_REDIS_URL: 'redis://user:s3cret@cache.internal:6380/2',
    });
    expect(target.url).toBe('redis://user:s3cret@cache.internal:6380/2');
    expect(target.description).toBe('redis://cache.internal:6380/2');
    expect(target.options).toMatchObject({ lazyConnect: true, connectTimeout: 2_000 });
  });

  it('defaults host, port and db as Flask-Caching does, and reads CACHE_OPTIONS timeouts', () => {
    const target = redisTargetOf({
      CACHE_TYPE: 'RedisCache',
      CACHE_REDIS_PASSWORD: 'pw',
      CACHE_OPTIONS: { socket_connect_timeout: 5, socket_timeout: 0.5 },
    });
    expect(target.options).toMatchObject({
      host: 'localhost',
      port: 6379,
      db: 0,
      password: 'pw',
      connectTimeout: 5_000,
      commandTimeout: 500,
    });
    expect(target.stallTimeoutMs).toBe(500);
  });

  it('gives a data cache no fixed command timeout, only the stall timeout', () => {
    const target = redisCacheTargetOf({
      CACHE_TYPE: 'RedisCache',
      CACHE_OPTIONS: { socket_timeout: 0.5 },
    });
    expect(target.options).not.toHaveProperty('commandTimeout');
    expect(target.options).toMatchObject({ connectTimeout: 2_000, lazyConnect: true });
    expect(target.stallTimeoutMs).toBe(500);
    expect(target.description).not.toContain('pw');
  });

  it('reaches a sentinel-managed master by name', () => {
    const target = redisTargetOf({
      CACHE_TYPE: 'RedisSentinelCache',
      CACHE_REDIS_SENTINELS: [['s1', 26379]],
      CACHE_REDIS_SENTINEL_MASTER: 'primary',
    });
    expect(target.options).toMatchObject({
      sentinels: [{ host: 's1', port: 26379 }],
      name: 'primary',
    });
  });
});
