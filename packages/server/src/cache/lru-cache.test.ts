import { describe, expect, it } from 'vitest';
import { createLruCache } from './lru-cache.js';
import { createNullCache } from './null-cache.js';

const bytes = (text: string) => new TextEncoder().encode(text);
const text = (value: Uint8Array | undefined) =>
  value === undefined ? undefined : new TextDecoder().decode(value);

describe('the in-process LRU cache', () => {
  it('gives back what was stored until its time-to-live passes; 0 never expires', async () => {
    let clock = 1_000;
    const cache = createLruCache({ now: () => clock });
    await cache.set('short', bytes('a'), 10);
    await cache.set('forever', bytes('b'), 0);
    expect(text(await cache.get('short'))).toBe('a');
    clock += 9_999;
    expect(text(await cache.get('short'))).toBe('a');
    clock += 2;
    expect(await cache.get('short')).toBeUndefined();
    clock += 365 * 24 * 3600 * 1000;
    expect(text(await cache.get('forever'))).toBe('b');
  });

  it('does not store with a negative time-to-live, and forgets deleted keys', async () => {
    const cache = createLruCache();
    await cache.set('no', bytes('x'), -1);
    expect(await cache.get('no')).toBeUndefined();
    await cache.set('k', bytes('x'), 60);
    await cache.delete('k');
    expect(await cache.get('k')).toBeUndefined();
  });

  it('evicts the least recently used entries to stay within its byte bound', async () => {
    const cache = createLruCache({ maxBytes: 300 });
    await cache.set('a', new Uint8Array(100), 0);
    await cache.set('b', new Uint8Array(100), 0);
    await cache.set('c', new Uint8Array(100), 0);
    await cache.get('a');
    await cache.set('d', new Uint8Array(100), 0);
    expect(await cache.get('b')).toBeUndefined();
    expect(await cache.get('a')).toBeDefined();
    expect(await cache.get('d')).toBeDefined();
    await cache.set('huge', new Uint8Array(301), 0);
    expect(await cache.get('huge')).toBeUndefined();
  });

  it('keeps at most CACHE_THRESHOLD entries when given one', async () => {
    const cache = createLruCache({ maxEntries: 2 });
    for (const key of ['a', 'b', 'c']) await cache.set(key, bytes(key), 0);
    expect(await cache.get('a')).toBeUndefined();
    expect(text(await cache.get('c'))).toBe('c');
  });

  it('keeps its own copy, so a caller reusing its buffer does not change the entry', async () => {
    const cache = createLruCache();
    const buffer = bytes('before');
    await cache.set('k', buffer, 0);
    buffer.set(bytes('after!'));
    expect(text(await cache.get('k'))).toBe('before');
  });
});

describe('the null cache', () => {
  it('keeps nothing', async () => {
    const cache = createNullCache();
    await cache.set('k', bytes('x'), 0);
    expect(await cache.get('k')).toBeUndefined();
    await cache.close();
  });
});
