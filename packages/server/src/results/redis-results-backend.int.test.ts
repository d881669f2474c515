import { Redis } from 'ioredis';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { CacheConfig } from '../config/keys/cache-config.schema.js';
import {
  closedPort,
  describeWithRedis,
  LIVE_REDIS,
  scratchPrefix,
} from '../cache/test-support/live-redis.js';
import { AppError } from '../errors/app-error.js';
import { resultsBackendFromConfig } from './create-results-backend.js';
import type { ResultsBackend } from './results-backend.js';
import { createResultsCodec } from './results-codec.js';

const prefix = scratchPrefix('results');
const failures: string[] = [];
const backends: ResultsBackend[] = [];

function redisBackend(settings: Omit<CacheConfig, 'CACHE_TYPE'>) {
  const chosen = resultsBackendFromConfig(
    {
      DATA_DIR: '/nonexistent',
      CACHE_DEFAULT_TIMEOUT: 300,
      RESULTS_BACKEND: { CACHE_TYPE: 'RedisCache', CACHE_KEY_PREFIX: prefix, ...settings },
    },
    { warn: (message) => failures.push(message) },
  );
  if (!chosen.backend) throw new Error('no backend');
  backends.push(chosen.backend);
  return { backend: chosen.backend, timeoutSeconds: chosen.timeoutSeconds };
}

await describeWithRedis('the Redis results backend', () => {
  let inspector: Redis;
  beforeAll(() => {
    inspector = new Redis(LIVE_REDIS.url);
  });
  afterAll(async () => {
    await Promise.all(backends.map((backend) => backend.close()));
    const keys = await inspector.keys(`${prefix}*`);
    if (keys.length > 0) await inspector.del(...keys);
    await inspector.quit();
  });

  it('keeps encoded results under the prefixed key until RESULTS_BACKEND timeout', async () => {
    const { backend, timeoutSeconds } = redisBackend({
      CACHE_REDIS_URL: LIVE_REDIS.url,
      CACHE_DEFAULT_TIMEOUT: 120,
    });
    expect(timeoutSeconds).toBe(120);
    const codec = createResultsCodec(true);
    const results = { columns: [{ name: 'd' }], rows: [[new Date('2024-01-02T03:04:05Z'), 1]] };
    await backend.set('abc123', await codec.encode(results), timeoutSeconds);
    const stored = await backend.get('abc123');
    expect(stored).not.toBeNull();
    expect(await codec.decode(stored ?? Buffer.alloc(0))).toEqual(results);
    const ttl = await inspector.ttl(`${prefix}abc123`);
    expect(ttl).toBeGreaterThan(115);
    expect(ttl).toBeLessThanOrEqual(120);
    await backend.set('kept', Buffer.from('x'), null);
    expect(await inspector.ttl(`${prefix}kept`)).toBe(-1);
    await backend.delete('abc123');
    expect(await backend.get('abc123')).toBeNull();
  });

  it('is shared: what one process stores another reads', async () => {
    const writer = redisBackend({ CACHE_REDIS_URL: LIVE_REDIS.url }).backend;
    const reader = redisBackend({ CACHE_REDIS_HOST: LIVE_REDIS.host }).backend;
    await writer.set('shared1', Buffer.from('rows'), 60);
    expect((await reader.get('shared1'))?.toString()).toBe('rows');
  });

  it('refuses keys the server did not generate', async () => {
    const { backend } = redisBackend({ CACHE_REDIS_URL: LIVE_REDIS.url });
    await expect(backend.get('a b*')).rejects.toThrow(/results key/);
  });

  it('fails with RESULTS_BACKEND_UNAVAILABLE_ERROR, not a hang, when Redis is down', async () => {
    failures.length = 0;
    const port = await closedPort();
    const { backend } = redisBackend({ CACHE_REDIS_URL: `redis://127.0.0.1:${port}/0` });
    const started = performance.now();
    const error: unknown = await backend.get('abc').catch((caught: unknown) => caught);
    expect(performance.now() - started).toBeLessThan(2_500);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('RESULTS_BACKEND_UNAVAILABLE_ERROR');
    expect((error as AppError).status).toBe(503);
    await expect(backend.set('abc', Buffer.from('x'), 60)).rejects.toThrow(AppError);
    expect(failures.some((message) => message.includes(`127.0.0.1:${port}`))).toBe(true);
  });
});
