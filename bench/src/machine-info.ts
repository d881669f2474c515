import { readFileSync } from 'node:fs';
import { availableParallelism, cpus, release, totalmem, type } from 'node:os';
import { Redis } from 'ioredis';
import mysql from 'mysql2/promise';
import pg from 'pg';

/** The machine a run was measured on: numbers are only comparable on the same one. */
export interface MachineInfo {
  readonly cpuModel: string;
  readonly cores: number;
  readonly memoryGiB: number;
  readonly os: string;
  readonly kernel: string;
  readonly node: string;
  readonly v8: string;
  /** Server versions of the services the scenarios use (performance.md §4.3: pin and record). */
  readonly services: ServiceVersions;
}

/** Each service's server version (e.g. `7.0.15`), or `not reachable` when it did not answer. */
export interface ServiceVersions {
  /** With the `jit` setting, which adds compile time to 100 ms-class queries (§4.3). */
  readonly postgres: string;
  readonly mariadb: string;
  readonly redis: string;
}

/** Where each service listens. */
export interface ServiceUrls {
  readonly postgres: string;
  readonly mariadb: string;
  readonly redis: string;
}

/** Where the services listen: the same defaults the scenarios use. */
export const SERVICE_URLS: ServiceUrls = {
  postgres: process.env.BENCH_CHART_POSTGRES_URI ?? 'postgresql://postgres@127.0.0.1:5432/test',
  mariadb: 'mysql://root@127.0.0.1:3306',
  redis: 'redis://127.0.0.1:6379/0',
};

export const NOT_REACHABLE = 'not reachable';

/** A service that does not answer within this long is recorded as not reachable. */
const SERVICE_TIMEOUT_MS = 2_000;

const BYTES_PER_GIB = 1024 ** 3;

/** Reads the machine's CPU, memory, OS, Node and service versions (a few ms per service). */
export async function readMachineInfo(urls: ServiceUrls = SERVICE_URLS): Promise<MachineInfo> {
  return {
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    cores: availableParallelism(),
    memoryGiB: Math.round((totalmem() / BYTES_PER_GIB) * 10) / 10,
    os: readOsName(),
    kernel: `${type()} ${release()}`,
    node: process.version,
    v8: process.versions.v8,
    services: await readServiceVersions(urls),
  };
}

/** Asks each service for its version, all at once; one that fails is `not reachable`. */
export async function readServiceVersions(
  urls: ServiceUrls = SERVICE_URLS,
): Promise<ServiceVersions> {
  const [postgres, mariadb, redis] = await Promise.all([
    orNotReachable(() => postgresVersion(urls.postgres)),
    orNotReachable(() => mariadbVersion(urls.mariadb)),
    orNotReachable(() => redisVersion(urls.redis)),
  ]);
  return { postgres, mariadb, redis };
}

async function orNotReachable(read: () => Promise<string>): Promise<string> {
  try {
    return await read();
  } catch {
    return NOT_REACHABLE;
  }
}

async function postgresVersion(url: string): Promise<string> {
  const client = new pg.Client({
    connectionString: url,
    connectionTimeoutMillis: SERVICE_TIMEOUT_MS,
    query_timeout: SERVICE_TIMEOUT_MS,
  });
  await client.connect();
  try {
    const version = await client.query<{ server_version: string }>('SHOW server_version');
    const jit = await client.query<{ jit: string }>('SHOW jit');
    return `${version.rows[0]?.server_version ?? '?'}, jit ${jit.rows[0]?.jit ?? '?'}`;
  } finally {
    await client.end();
  }
}

async function mariadbVersion(url: string): Promise<string> {
  const connection = await mysql.createConnection({ uri: url, connectTimeout: SERVICE_TIMEOUT_MS });
  try {
    const [rows] = await connection.query<mysql.RowDataPacket[]>('SELECT VERSION() AS version');
    return String(rows[0]?.version ?? '?');
  } finally {
    await connection.end();
  }
}

async function redisVersion(url: string): Promise<string> {
  const redis = new Redis(url, {
    connectTimeout: SERVICE_TIMEOUT_MS,
    commandTimeout: SERVICE_TIMEOUT_MS,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    lazyConnect: true,
  });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    const version = parseRedisVersion(await redis.info('server'));
    if (version === undefined) throw new Error('no redis_version in INFO server');
    return version;
  } finally {
    redis.disconnect();
  }
}

/** `redis_version` of an `INFO server` answer, e.g. `7.0.15`. */
export function parseRedisVersion(info: string): string | undefined {
  return /^redis_version:(\S+)/m.exec(info)?.[1];
}

/** `PRETTY_NAME` of an os-release file, e.g. `Debian GNU/Linux 12 (bookworm)`. */
export function parseOsReleaseName(osRelease: string): string | undefined {
  const match = /^PRETTY_NAME=(?:"([^"]*)"|(.*))$/m.exec(osRelease);
  return match?.[1] ?? match?.[2];
}

function readOsName(): string {
  try {
    return parseOsReleaseName(readFileSync('/etc/os-release', 'utf8')) ?? type();
  } catch {
    return type();
  }
}
