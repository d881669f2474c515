import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { ServerLauncher } from '../server-launcher.js';
import { childEnv } from '../server-launcher.js';

/** Redis keys of the floors: the payloads they GET, one per size, under the run's prefix. */
export function floorKey(prefix: string, bytes: number): string {
  return `${prefix}floor:${bytes}`;
}

/** Stores `bytes` random bytes (incompressible, like nothing Redis could shortcut) under `key`. */
export async function storeBlob(redis: Redis, key: string, bytes: number): Promise<void> {
  await redis.set(key, randomBytes(bytes), 'EX', 86_400);
}

/** The raw floor: one GET of the payload, received whole into a Buffer. */
export async function redisGet(redis: Redis, key: string, expectedBytes: number): Promise<void> {
  const value = await redis.getBuffer(key);
  if (value?.length !== expectedBytes) {
    throw new Error(
      `Redis GET ${key} gave ${value?.length ?? 'nothing'}, expected ${expectedBytes} bytes`,
    );
  }
}

/** Removes every key under `prefix` (the product's cache entries and the floors' payloads). */
export async function removeKeys(redis: Redis, prefix: string): Promise<number> {
  let removed = 0;
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
    cursor = next;
    if (keys.length > 0) removed += await redis.del(...keys);
  } while (cursor !== '0');
  return removed;
}

/**
 * The cached chart's physical floor (performance.md §4.1): a bare `node:http` server that
 * answers `GET /r/<key>` with a Redis GET of the key (one ioredis connection, as the
 * product's cache has) written as the body. No routing, auth, key hashing or decoding.
 */
export function redisHttpFloorServer(repoRoot: string, redisUrl: string): ServerLauncher {
  const script = `
const http = require('node:http');
const { Redis } = require('ioredis');
const redis = new Redis(${JSON.stringify(redisUrl)});
http.createServer(async (request, response) => {
  if (request.url === '/health') return response.end('OK');
  const value = await redis.getBuffer(decodeURIComponent(request.url.slice(3)));
  if (value === null) { response.statusCode = 404; return response.end(); }
  response.writeHead(200, { 'content-type': 'application/json', 'content-length': value.length });
  response.end(value);
}).listen(Number(process.argv[1]), '127.0.0.1');`;
  return {
    name: 'floor (Redis GET + node:http)',
    argsFor: (port) => ['-e', script, String(port)],
    env: childEnv(),
    // `require('ioredis')` of `node -e` resolves from the working directory.
    cwd: repoRoot,
  };
}
