import { connect, createServer, type Server, type Socket } from 'node:net';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { CacheConfig } from '../config/keys/cache-config.schema.js';
import { createCacheFromConfig } from './create-cache-from-config.js';
import type { DataCache } from './data-cache.js';
import {
  closedPort,
  describeWithRedis,
  LIVE_REDIS,
  scratchPrefix,
} from './test-support/live-redis.js';

const prefix = scratchPrefix('cache');
const warnings: string[] = [];
const caches: DataCache[] = [];

function redisCache(settings: Omit<CacheConfig, 'CACHE_TYPE'>): DataCache {
  const { cache, kind } = createCacheFromConfig(
    { CACHE_TYPE: 'RedisCache', CACHE_KEY_PREFIX: prefix, ...settings },
    {
      keyName: 'DATA_CACHE_CONFIG',
      defaultTimeoutSeconds: 300,
      warn: (message, error) => warnings.push(`${message} ${String(error)}`),
    },
  );
  expect(kind).toBe('redis');
  caches.push(cache);
  return cache;
}

/**
 * A TCP proxy to Redis that passes Redis's answers on in 64 KiB slices, one every 40 ms: an
 * answer that takes long but never goes quiet for anywhere near a socket timeout.
 */
async function slowProxyTo(redisUrl: string): Promise<{ url: string; close(): Promise<void> }> {
  const target = new URL(redisUrl);
  const sockets: Socket[] = [];
  const server = createServer((client) => {
    const upstream = connect(Number(target.port || 6379), target.hostname);
    sockets.push(client, upstream);
    client.pipe(upstream);
    upstream.on('data', (chunk: Buffer) => {
      upstream.pause();
      void dripFeed(chunk, client).then(() => upstream.resume());
    });
    const closeBoth = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('error', closeBoth).on('close', closeBoth);
    upstream.on('error', closeBoth).on('close', closeBoth);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `redis://127.0.0.1:${port}${target.pathname}`,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

async function dripFeed(chunk: Buffer, to: Socket): Promise<void> {
  const sliceBytes = 64 * 1024;
  for (let offset = 0; offset < chunk.length; offset += sliceBytes) {
    if (to.destroyed) return;
    to.write(chunk.subarray(offset, offset + sliceBytes));
    await new Promise((resolve) => setTimeout(resolve, 40));
  }
}

async function timed<T>(work: Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work;
  return { value, ms: performance.now() - started };
}

await describeWithRedis('the Redis cache', () => {
  let inspector: Redis;
  beforeAll(() => {
    inspector = new Redis(LIVE_REDIS.url);
  });
  afterAll(async () => {
    await Promise.all(caches.map((cache) => cache.close()));
    for (const db of [0, 1]) {
      await inspector.select(db);
      const keys = await inspector.keys(`${prefix}*`);
      if (keys.length > 0) await inspector.del(...keys);
    }
    await inspector.quit();
  });

  it('stores bytes under the prefixed key with the time-to-live as EX', async () => {
    const cache = redisCache({ CACHE_REDIS_URL: LIVE_REDIS.url });
    const value = Uint8Array.from({ length: 256 }, (_, i) => i);
    await cache.set('chart:1', value, 60);
    expect(await cache.get('chart:1')).toEqual(Buffer.from(value));
    const ttl = await inspector.ttl(`${prefix}chart:1`);
    expect(ttl).toBeGreaterThan(55);
    expect(ttl).toBeLessThanOrEqual(60);
    await cache.set('forever', value, 0);
    expect(await inspector.ttl(`${prefix}forever`)).toBe(-1);
    await cache.set('never', value, -1);
    expect(await inspector.exists(`${prefix}never`)).toBe(0);
    await cache.delete('chart:1');
    expect(await cache.get('chart:1')).toBeUndefined();
  });

  it('lets Redis expire an entry once its time-to-live passed', async () => {
    const cache = redisCache({ CACHE_REDIS_URL: LIVE_REDIS.url });
    await cache.set('brief', new Uint8Array([1]), 1);
    expect(await cache.get('brief')).toBeDefined();
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect(await cache.get('brief')).toBeUndefined();
  });

  it('reads CACHE_REDIS_HOST, PORT and DB when no URL is given', async () => {
    const cache = redisCache({
      CACHE_REDIS_HOST: LIVE_REDIS.host,
      CACHE_REDIS_PORT: LIVE_REDIS.port,
      CACHE_REDIS_DB: 1,
    });
    await cache.set('in-db-1', new Uint8Array([7]), 60);
    await inspector.select(1);
    expect(await inspector.getBuffer(`${prefix}in-db-1`)).toEqual(Buffer.from([7]));
    await inspector.select(0);
  });

  it('answers a miss at once when Redis is down, and warns once for many failures', async () => {
    warnings.length = 0;
    const port = await closedPort();
    const cache = redisCache({ CACHE_REDIS_URL: `redis://127.0.0.1:${port}/0` });
    const read = await timed(cache.get('anything'));
    expect(read.value).toBeUndefined();
    expect(read.ms).toBeLessThan(2_500);
    await cache.set('anything', new Uint8Array([1]), 60);
    const again = await timed(cache.get('anything'));
    expect(again.value).toBeUndefined();
    expect(again.ms).toBeLessThan(100);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(new RegExp(`DATA_CACHE_CONFIG.*127\\.0\\.0\\.1:${port}`));
  });

  it('waits for a slow answer that keeps arriving, though it takes longer than socket_timeout', async () => {
    warnings.length = 0;
    const proxy = await slowProxyTo(LIVE_REDIS.url);
    try {
      const cache = redisCache({
        CACHE_REDIS_URL: proxy.url,
        CACHE_OPTIONS: { socket_connect_timeout: 2, socket_timeout: 0.5 },
      });
      const large = new Uint8Array(2 * 1024 * 1024).map((_, i) => i % 251);
      await cache.set('large', large, 60);
      const read = await timed(cache.get('large'));
      // Longer than socket_timeout: a fixed command timeout would have failed this read.
      expect(read.ms).toBeGreaterThan(500);
      expect(read.value?.byteLength).toBe(large.byteLength);
      expect(read.value?.[large.byteLength - 1]).toBe(large[large.byteLength - 1]);
      expect(warnings).toEqual([]);
      await cache.close();
    } finally {
      await proxy.close();
    }
  });

  it('answers a miss within socket_timeout when Redis accepts but never replies', async () => {
    const sockets: Socket[] = [];
    const silent: Server = createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const address = silent.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    try {
      const cache = redisCache({
        CACHE_REDIS_URL: `redis://127.0.0.1:${port}/0`,
        CACHE_OPTIONS: { socket_connect_timeout: 0.3, socket_timeout: 0.3 },
      });
      const read = await timed(cache.get('anything'));
      expect(read.value).toBeUndefined();
      expect(read.ms).toBeLessThan(1_500);
      const write = await timed(cache.set('anything', new Uint8Array([1]), 60));
      expect(write.ms).toBeLessThan(1_500);
      await cache.close();
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    }
  });
});
