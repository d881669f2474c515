import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { LiveService } from '../../../packages/engines/src/test-support/live-services.js';
import {
  describeLive,
  scratchName,
} from '../../../packages/engines/src/test-support/live-services.js';
import type { StartedServer } from '../server-process.js';
import { startServer } from '../server-process.js';
import {
  floorKey,
  redisGet,
  redisHttpFloorServer,
  removeKeys,
  storeBlob,
} from './chart-cache-floors.js';
import { closeConnections, timedRequest } from './http-client.js';

const LIVE_REDIS: LiveService = { name: 'Redis', host: '127.0.0.1', port: 6379 };
const REDIS_URL = 'redis://127.0.0.1:6379/0';
const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

await describeLive(LIVE_REDIS, 'the cached chart floors', () => {
  const prefix = `${scratchName('bench_floor')}_`;
  let redis: Redis;
  let floor: StartedServer | undefined;
  beforeAll(() => {
    redis = new Redis(REDIS_URL);
  });
  afterAll(async () => {
    await floor?.stop();
    closeConnections();
    await removeKeys(redis, prefix);
    redis.disconnect();
  });

  it('GETs a payload of the asked size, and refuses one of another size', async () => {
    const key = floorKey(prefix, 5000);
    await storeBlob(redis, key, 5000);
    await expect(redisGet(redis, key, 5000)).resolves.toBeUndefined();
    await expect(redisGet(redis, key, 4999)).rejects.toThrow(/expected 4999 bytes/);
  });

  it('serves the GET over bare node:http, byte for byte', async () => {
    const key = floorKey(prefix, 70_000);
    await storeBlob(redis, key, 70_000);
    floor = await startServer(redisHttpFloorServer(REPO_ROOT, REDIS_URL));
    const timing = await timedRequest(
      { port: floor.port, method: 'GET', path: `/r/${encodeURIComponent(key)}` },
      () => undefined,
    );
    expect(timing).toMatchObject({ status: 200, bytes: 70_000 });
    const missing = await timedRequest(
      { port: floor.port, method: 'GET', path: `/r/${encodeURIComponent(`${prefix}none`)}` },
      () => undefined,
    );
    expect(missing.status).toBe(404);
  });

  it('removes every key under the run prefix, and only those', async () => {
    const other = `${scratchName('bench_other')}_keep`;
    await redis.set(other, 'x', 'EX', 60);
    await storeBlob(redis, floorKey(prefix, 10), 10);
    expect(await removeKeys(redis, prefix)).toBeGreaterThanOrEqual(1);
    expect(await redis.keys(`${prefix}*`)).toEqual([]);
    expect(await redis.get(other)).toBe('x');
    await redis.del(other);
  });
});
