import { randomBytes } from 'node:crypto';
import { afterAll, expect, it, vi } from 'vitest';
import { createCacheFromConfig } from '../../cache/create-cache-from-config.js';
import { createSingleFlight } from '../../cache/single-flight.js';
import { describeWithRedis, LIVE_REDIS } from '../../cache/test-support/live-redis.js';
import { createCachedQueries } from './cached-query.js';

await describeWithRedis('chart results cached in Redis', () => {
  const prefix = `st_chart_${randomBytes(4).toString('hex')}_`;
  const open = () =>
    createCacheFromConfig(
      { CACHE_TYPE: 'RedisCache', CACHE_REDIS_URL: LIVE_REDIS.url, CACHE_KEY_PREFIX: prefix },
      { keyName: 'DATA_CACHE_CONFIG', defaultTimeoutSeconds: 60, warn: () => undefined },
    ).cache;
  // Two caches on one Redis: two server processes sharing DATA_CACHE_CONFIG.
  const first = open();
  const second = open();
  afterAll(async () => {
    await first.delete('k');
    await Promise.all([first.close(), second.close()]);
  });

  it("serves one process's result to another, with its rows and dates intact", async () => {
    const value = { rows: [{ ds: new Date('2024-01-01T00:00:00Z'), n: 1.5 }], sql: 'SELECT 1' };
    const now = () => new Date('2024-06-01T00:00:00Z');
    const run = vi.fn(() => Promise.resolve(value));
    const writer = createCachedQueries<typeof value>({
      cache: first,
      flights: createSingleFlight(),
      now,
    });
    const reader = createCachedQueries<typeof value>({
      cache: second,
      flights: createSingleFlight(),
      now,
    });
    await writer.load('k', { force: false, timeoutSeconds: 30 }, run);
    const loaded = await reader.load('k', { force: false, timeoutSeconds: 30 }, run);
    expect(run).toHaveBeenCalledTimes(1);
    expect(loaded.isCached).toBe(true);
    expect(loaded.value).toEqual(value);
    expect(loaded.computedAt).toEqual(now());
  });
});
