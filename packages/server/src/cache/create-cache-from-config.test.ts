import { describe, expect, it } from 'vitest';
import { ConfigValidationError } from '../config/config-errors.js';
import type { CacheConfig } from '../config/keys/cache-config.schema.js';
import { createCacheFromConfig, type CacheFactoryDeps } from './create-cache-from-config.js';
import { createNullCache } from './null-cache.js';

const deps: CacheFactoryDeps = {
  keyName: 'DATA_CACHE_CONFIG',
  defaultTimeoutSeconds: 86_400,
  warn: () => undefined,
};
const build = (settings: CacheConfig, more: Partial<CacheFactoryDeps> = {}) =>
  createCacheFromConfig(settings, { ...deps, ...more });

describe('building a cache from a cache config', () => {
  it('maps each CACHE_TYPE to its implementation', async () => {
    expect(build({ CACHE_TYPE: 'NullCache' }).kind).toBe('null');
    expect(build({ CACHE_TYPE: 'SimpleCache' }).kind).toBe('memory');
    for (const settings of [
      { CACHE_TYPE: 'RedisCache', CACHE_REDIS_URL: 'redis://127.0.0.1:6379/3' },
      { CACHE_TYPE: 'RedisSentinelCache', CACHE_REDIS_SENTINELS: [['127.0.0.1', 26379]] },
    ] as const) {
      const redis = build(settings as CacheConfig);
      expect(redis.kind).toBe('redis');
      await redis.cache.close();
    }
  });

  it('caches in memory for SimpleCache, so a stored value comes back', async () => {
    const { cache } = build({ CACHE_TYPE: 'SimpleCache', CACHE_MAX_BYTES: 1024 });
    await cache.set('k', new Uint8Array([1, 2, 3]), 60);
    expect(await cache.get('k')).toEqual(new Uint8Array([1, 2, 3]));
  });

  it("uses the settings' CACHE_DEFAULT_TIMEOUT, else the global one", () => {
    expect(build({ CACHE_TYPE: 'NullCache' }).timeoutSeconds).toBe(86_400);
    expect(build({ CACHE_TYPE: 'NullCache', CACHE_DEFAULT_TIMEOUT: 60 }).timeoutSeconds).toBe(60);
  });

  it('refuses FileSystemCache at start-up, naming the key', () => {
    const attempt = () =>
      build({ CACHE_TYPE: 'FileSystemCache', CACHE_DIR: '/tmp/c' }, { keyName: 'CACHE_CONFIG' });
    expect(attempt).toThrow(ConfigValidationError);
    expect(attempt).toThrow(/CACHE_CONFIG\.CACHE_TYPE: got "FileSystemCache".*RedisCache/);
  });

  it('builds SupersetMetastoreCache only with a metastore builder', () => {
    const settings: CacheConfig = { CACHE_TYPE: 'SupersetMetastoreCache' };
    expect(() => build(settings, { keyName: 'EXPLORE_FORM_DATA_CACHE_CONFIG' })).toThrow(
      /EXPLORE_FORM_DATA_CACHE_CONFIG\.CACHE_TYPE: got "SupersetMetastoreCache"/,
    );
    const metastore = createNullCache();
    const built = build(settings, { createMetastoreCache: () => metastore });
    expect(built).toMatchObject({ kind: 'metastore', cache: metastore });
  });

  it('refuses a CACHE_MAX_BYTES that is not a positive whole number', () => {
    expect(() => build({ CACHE_TYPE: 'SimpleCache', CACHE_MAX_BYTES: '64MB' })).toThrow(
      /DATA_CACHE_CONFIG\.CACHE_MAX_BYTES: got "64MB"; expected a positive whole number of bytes/,
    );
  });
});
