import {
  QUERY_API_PATH,
  SQLLAB_API_PATH,
  type SqlLabQuery,
  type SqlLabResults,
} from '@superset-ts/shared';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { LIVE_REDIS, scratchPrefix } from '../../cache/test-support/live-redis.js';
import {
  describeWithServices,
  LIVE_POSTGRES,
  type LiveDatabaseService,
} from '../databases/test-support/live-database-services.js';
import { startSqlLabTestApp, waitFor, type SqlLabTestApp } from './test-support/sqllab-test-app.js';

const REDIS: LiveDatabaseService = { name: 'Redis', uri: LIVE_REDIS.url, ...LIVE_REDIS };
const prefix = scratchPrefix('sqllab');

await describeWithServices([LIVE_POSTGRES, REDIS], 'SQL Lab async results kept in Redis', () => {
  let api: SqlLabTestApp;
  let inspector: Redis;
  beforeAll(async () => {
    inspector = new Redis(LIVE_REDIS.url);
    api = await startSqlLabTestApp(
      [{ name: 'async', uri: LIVE_POSTGRES.uri, flags: { allow_run_async: true } }],
      {
        RESULTS_BACKEND: {
          CACHE_TYPE: 'RedisCache',
          CACHE_REDIS_URL: LIVE_REDIS.url,
          CACHE_KEY_PREFIX: prefix,
          CACHE_DEFAULT_TIMEOUT: 600,
        },
      },
    );
  });
  afterAll(async () => {
    await api.t.close();
    const keys = await inspector.keys(`${prefix}*`);
    if (keys.length > 0) await inspector.del(...keys);
    await inspector.quit();
  });

  it('stores an async run in Redis and serves it from /api/v1/sqllab/results/', async () => {
    const queued = await api.execute(api.alice, {
      database_id: api.ids.async,
      sql: 'select g from generate_series(1, 5) as g',
      runAsync: true,
      client_id: 'redis1',
    });
    expect(queued.statusCode, queued.body).toBe(202);
    let query: SqlLabQuery | undefined;
    await waitFor(async () => {
      const since = await api.as(
        api.alice,
        'GET',
        `${QUERY_API_PATH}updated_since?q=(last_updated_ms:0)`,
      );
      query = since.json<{ result: SqlLabQuery[] }>().result.find((row) => row.id === 'redis1');
      return query?.state === 'success';
    }, 'the async run');
    const key = query?.resultsKey ?? '';
    const ttl = await inspector.ttl(`${prefix}${key}`);
    expect(ttl).toBeGreaterThan(590);

    const results = await api.as(api.alice, 'GET', `${SQLLAB_API_PATH}results/?q=(key:'${key}')`);
    expect(results.statusCode, results.body).toBe(200);
    expect(results.json<SqlLabResults>().data).toEqual([1, 2, 3, 4, 5].map((g) => ({ g })));

    await inspector.del(`${prefix}${key}`);
    const gone = await api.as(api.alice, 'GET', `${SQLLAB_API_PATH}results/?q=(key:'${key}')`);
    expect(gone.statusCode).toBe(410);
  });
});
