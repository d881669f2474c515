import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mysql from 'mysql2/promise';
import pg from 'pg';
import { describe, it } from 'vitest';

/** A backend the metadata database is tested on. */
export type MetadataBackendName = 'sqlite' | 'postgresql' | 'mariadb';

/** A throw-away database; `drop` removes it (close your connections first). */
export interface ScratchDatabase {
  uri: string;
  drop(): Promise<void>;
}

/** A backend, whether it answered the probe, and how to make a fresh database on it. */
export interface MetadataBackend {
  name: MetadataBackendName;
  available: boolean;
  reason?: string;
  createDatabase(): Promise<ScratchDatabase>;
}

const POSTGRES_ADMIN_URI =
  process.env.TEST_POSTGRES_URI ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const MYSQL_ADMIN_URI = process.env.TEST_MYSQL_URI ?? 'mysql://root@127.0.0.1:3306/test';
const PROBE_TIMEOUT_MS = 3000;

function scratchName(): string {
  return `st_${randomBytes(6).toString('hex')}`;
}

function withDatabase(adminUri: string, database: string): string {
  const url = new URL(adminUri);
  url.pathname = `/${database}`;
  return url.toString();
}

async function onPostgres<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({
    connectionString: POSTGRES_ADMIN_URI,
    connectionTimeoutMillis: PROBE_TIMEOUT_MS,
  });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function onMysql<T>(work: (connection: mysql.Connection) => Promise<T>): Promise<T> {
  const connection = await mysql.createConnection({
    uri: MYSQL_ADMIN_URI,
    connectTimeout: PROBE_TIMEOUT_MS,
  });
  try {
    return await work(connection);
  } finally {
    await connection.end();
  }
}

async function probe(name: string, check: () => Promise<unknown>): Promise<string | undefined> {
  try {
    await check();
    return undefined;
  } catch (error) {
    return `${name} is unreachable (${error instanceof Error ? error.message : String(error)})`;
  }
}

const [postgresProblem, mysqlProblem] = await Promise.all([
  probe('PostgreSQL', () => onPostgres((client) => client.query('select 1'))),
  probe('MariaDB', () => onMysql((connection) => connection.query('select 1'))),
]);

const BACKENDS: readonly MetadataBackend[] = [
  {
    name: 'sqlite',
    available: true,
    createDatabase: () => {
      const folder = mkdtempSync(join(tmpdir(), 'st-metadata-'));
      return Promise.resolve({
        uri: `sqlite:///${join(folder, 'superset.db')}`,
        drop: () => Promise.resolve(rmSync(folder, { recursive: true, force: true })),
      });
    },
  },
  {
    name: 'postgresql',
    available: postgresProblem === undefined,
    ...(postgresProblem === undefined ? {} : { reason: postgresProblem }),
    createDatabase: async () => {
      const name = scratchName();
      await onPostgres((client) => client.query(`CREATE DATABASE ${name}`));
      return {
        uri: withDatabase(POSTGRES_ADMIN_URI, name),
        drop: async () => {
          await onPostgres((client) =>
            client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
          );
        },
      };
    },
  },
  {
    name: 'mariadb',
    available: mysqlProblem === undefined,
    ...(mysqlProblem === undefined ? {} : { reason: mysqlProblem }),
    createDatabase: async () => {
      const name = scratchName();
      await onMysql((connection) =>
        connection.query(`CREATE DATABASE ${name} CHARACTER SET utf8mb4`),
      );
      return {
        uri: withDatabase(MYSQL_ADMIN_URI, name),
        drop: async () => {
          await onMysql((connection) => connection.query(`DROP DATABASE IF EXISTS ${name}`));
        },
      };
    },
  },
];

/**
 * The metadata backends, each probed once when this module loads. SQLite is always there;
 * PostgreSQL and MariaDB are reached through TEST_POSTGRES_URI / TEST_MYSQL_URI, defaulting
 * to the local services. Every `createDatabase()` makes a new, empty database.
 */
export function metadataBackends(): readonly MetadataBackend[] {
  return BACKENDS;
}

/**
 * Declares `fn` once per backend, as `title [backend]`. An unreachable backend is skipped
 * with a warning, except under CI=true where it fails: CI must test all three.
 */
export function describeOnEveryBackend(
  title: string,
  fn: (backend: MetadataBackend) => void,
): void {
  const isCi = process.env.CI === 'true';
  for (const backend of BACKENDS) {
    const label = `${title} [${backend.name}]`;
    if (!backend.available && isCi) {
      describe(label, () => {
        it(`needs ${backend.name}`, () => {
          throw new Error(
            `${backend.reason ?? backend.name} and CI=true: this backend is required.`,
          );
        });
      });
      continue;
    }
    if (!backend.available) console.warn(`Skipping "${label}": ${backend.reason}`);
    describe.skipIf(!backend.available)(label, () => fn(backend));
  }
}
