import { describe, expect, it } from 'vitest';
import { isCacheDisabled, resolveCacheTimeout } from './cache-timeout.js';

const none = {
  custom: null,
  chart: null,
  dataset: null,
  database: null,
  dataCacheDefault: undefined,
  globalDefault: 86_400,
};

describe('resolveCacheTimeout', () => {
  it('falls back to CACHE_DEFAULT_TIMEOUT when nothing else is set', () => {
    expect(resolveCacheTimeout(none)).toBe(86_400);
  });

  it('prefers the most specific setting: request, chart, dataset, database, data cache', () => {
    const all = { custom: 1, chart: 2, dataset: 3, database: 4, dataCacheDefault: 5 };
    expect(resolveCacheTimeout({ ...none, ...all })).toBe(1);
    expect(resolveCacheTimeout({ ...none, ...all, custom: null })).toBe(2);
    expect(resolveCacheTimeout({ ...none, ...all, custom: null, chart: null })).toBe(3);
    expect(resolveCacheTimeout({ ...none, database: 4, dataCacheDefault: 5 })).toBe(4);
    expect(resolveCacheTimeout({ ...none, dataCacheDefault: 5 })).toBe(5);
  });

  it('treats 0 as "not set", as Superset does', () => {
    expect(resolveCacheTimeout({ ...none, chart: 0, dataset: 60 })).toBe(60);
  });

  it('lets -1 on the chart disable caching even when the dataset sets a timeout', () => {
    const timeout = resolveCacheTimeout({ ...none, chart: -1, dataset: 60 });
    expect(isCacheDisabled(timeout)).toBe(true);
    expect(isCacheDisabled(resolveCacheTimeout(none))).toBe(false);
  });
});
