import {
  ALL_ENGINE_SPECS,
  EngineError,
  createEngineRegistry,
  type EngineClient,
  type EngineSpec,
} from '@superset-ts/engines';
import { describe, expect, it } from 'vitest';
import type { BuiltConnection } from './connection-builder.js';
import type { EngineLoader } from './engine-loader.js';
import { runConnectionTest } from './test-connection.js';

const SECRET = 'hunter2-secret';
const postgres = createEngineRegistry(ALL_ENGINE_SPECS).byEngine('postgresql') as EngineSpec;
const connection: BuiltConnection = {
  spec: postgres,
  settings: {
    engine: 'postgresql',
    driver: 'psycopg2',
    password: SECRET,
    query: {},
    connectArgs: {},
    connectTimeoutMs: 1000,
    poolSize: 1,
  },
  secrets: [SECRET],
};

function loaderOf(testConnection: () => Promise<void>, events: string[]): EngineLoader {
  const client = {
    testConnection,
    close: () => {
      events.push('closed');
      return Promise.resolve();
    },
  } as unknown as EngineClient;
  return {
    factoryFor: () => Promise.resolve(() => client),
    isInstalled: () => Promise.resolve(true),
  };
}

describe('testing a connection with a throw-away client', () => {
  it('passes, then closes the client', async () => {
    const events: string[] = [];
    await runConnectionTest(
      loaderOf(() => Promise.resolve(), events),
      connection,
      1000,
    );
    expect(events).toEqual(['closed']);
  });

  it('gives up after the timeout with CONNECTION_DATABASE_TIMEOUT, and still closes', async () => {
    const events: string[] = [];
    const hanging = loaderOf(() => new Promise<void>(() => undefined), events);
    const started = Date.now();
    await expect(runConnectionTest(hanging, connection, 200)).rejects.toMatchObject({
      code: 'CONNECTION_DATABASE_TIMEOUT',
    });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(events).toEqual(['closed']);
  });

  it('classifies raw driver errors and scrubs the password out of every message', async () => {
    const raw = loaderOf(
      () =>
        Promise.reject(
          new Error(
            `connect ECONNREFUSED 10.0.0.1:5432 while using postgresql://bob:${SECRET}@10.0.0.1/db`,
          ),
        ),
      [],
    );
    const error = await runConnectionTest(raw, connection, 1000).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EngineError);
    expect((error as EngineError).code).toBe('CONNECTION_PORT_CLOSED_ERROR');
    expect((error as EngineError).message).not.toContain(SECRET);

    const typed = loaderOf(
      () => Promise.reject(new EngineError('CONNECTION_ACCESS_DENIED_ERROR', `bad: ${SECRET}`)),
      [],
    );
    const scrubbed = await runConnectionTest(typed, connection, 1000).catch((e: unknown) => e);
    expect(scrubbed).toMatchObject({ code: 'CONNECTION_ACCESS_DENIED_ERROR' });
    expect((scrubbed as EngineError).message).toBe('bad: XXXXXXXXXX');
  });
});
