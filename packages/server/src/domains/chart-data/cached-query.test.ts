import { describe, expect, it, vi } from 'vitest';
import type { DataCache } from '../../cache/data-cache.js';
import { createSingleFlight } from '../../cache/single-flight.js';
import { createCachedQueries } from './cached-query.js';

function memoryCache() {
  const entries = new Map<string, { value: Uint8Array; ttl: number }>();
  const cache: DataCache = {
    get: (key) => Promise.resolve(entries.get(key)?.value),
    set: (key, value, ttl) => {
      if (ttl >= 0) entries.set(key, { value, ttl });
      return Promise.resolve();
    },
    delete: (key) => Promise.resolve(void entries.delete(key)),
    close: () => Promise.resolve(),
  };
  return { cache, entries };
}

function loader() {
  const { cache, entries } = memoryCache();
  let clock = 1_000;
  const queries = createCachedQueries<{ rows: number[]; at: Date }>({
    cache,
    flights: createSingleFlight(),
    now: () => new Date((clock += 1_000)),
  });
  return { queries, entries };
}

const options = { force: false, timeoutSeconds: 60 };
const value = { rows: [1, 2], at: new Date('2024-01-01T00:00:00Z') };

describe('cached chart queries', () => {
  it('runs once, then answers from the cache with the original time and Dates intact', async () => {
    const { queries, entries } = loader();
    const run = vi.fn(() => Promise.resolve(value));
    const first = await queries.load('k', options, run);
    const second = await queries.load('k', options, run);
    expect(run).toHaveBeenCalledTimes(1);
    expect(first.isCached).toBe(false);
    expect(second.isCached).toBe(true);
    expect(second.value).toEqual(value);
    expect(second.value.at).toBeInstanceOf(Date);
    expect(second.computedAt).toEqual(first.computedAt);
    expect(entries.get('k')?.ttl).toBe(60);
  });

  it('runs again when forced, and stores the fresh result', async () => {
    const { queries } = loader();
    const run = vi.fn(() => Promise.resolve(value));
    await queries.load('k', options, run);
    const forced = await queries.load('k', { ...options, force: true }, run);
    expect(run).toHaveBeenCalledTimes(2);
    expect(forced.isCached).toBe(false);
  });

  it('neither reads nor writes the cache with a timeout of -1', async () => {
    const { queries, entries } = loader();
    const run = vi.fn(() => Promise.resolve(value));
    await queries.load('k', { ...options, timeoutSeconds: -1 }, run);
    await queries.load('k', { ...options, timeoutSeconds: -1 }, run);
    expect(run).toHaveBeenCalledTimes(2);
    expect(entries.size).toBe(0);
  });

  it('runs identical concurrent misses once', async () => {
    const { queries } = loader();
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const run = vi.fn(async () => {
      await gate;
      return value;
    });
    const loads = Array.from({ length: 5 }, () => queries.load('k', options, run));
    release();
    const results = await Promise.all(loads);
    expect(run).toHaveBeenCalledTimes(1);
    expect(results.every((result) => result.value.rows.length === 2)).toBe(true);
  });

  it('does not cache a failure', async () => {
    const { queries, entries } = loader();
    const run = vi
      .fn<() => Promise<typeof value>>()
      .mockRejectedValueOnce(new Error('boom'))
      .mockResolvedValueOnce(value);
    await expect(queries.load('k', options, run)).rejects.toThrow('boom');
    expect(entries.size).toBe(0);
    expect((await queries.load('k', options, run)).isCached).toBe(false);
  });
});
