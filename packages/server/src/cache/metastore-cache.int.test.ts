import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeOnEveryBackend } from '../db/test-support/metadata-backends.js';
import {
  openScratchMetadataDb,
  type ScratchMetadataDb,
} from '../db/test-support/scratch-metadata-db.js';
import { createMetastoreCache, metastoreUuidOf } from './metastore-cache.js';

const bytes = (text: string) => new TextEncoder().encode(text);
const text = (value: Uint8Array | undefined) =>
  value === undefined ? undefined : new TextDecoder().decode(value);

describeOnEveryBackend('SupersetMetastoreCache', (backend) => {
  let scratch: ScratchMetadataDb;
  let clock: Date;

  beforeEach(async () => {
    scratch = await openScratchMetadataDb(backend);
    clock = new Date('2026-01-01T00:00:00Z');
  });
  afterEach(async () => {
    await scratch.close();
  });

  const cacheWith = (keyPrefix?: string) =>
    createMetastoreCache({
      kysely: scratch.db.kysely,
      now: () => clock,
      ...(keyPrefix === undefined ? {} : { keyPrefix }),
    });

  it('stores, replaces and deletes entries that survive a new cache instance', async () => {
    await cacheWith().set('form-data-1', bytes('{"a":1}'), 60);
    await cacheWith().set('form-data-1', bytes('{"a":2}'), 60);
    expect(text(await cacheWith().get('form-data-1'))).toBe('{"a":2}');
    await cacheWith().delete('form-data-1');
    expect(await cacheWith().get('form-data-1')).toBeUndefined();
  });

  it('treats an expired entry as absent, and a zero timeout as never expiring', async () => {
    const cache = cacheWith();
    await cache.set('short', bytes('x'), 10);
    await cache.set('forever', bytes('y'), 0);
    clock = new Date(clock.getTime() + 11_000);
    expect(await cache.get('short')).toBeUndefined();
    expect(text(await cache.get('forever'))).toBe('y');
  });

  it('keeps prefixes apart and never stores the key itself', async () => {
    await cacheWith('explore_').set('k', bytes('explore'), 60);
    await cacheWith('filter_').set('k', bytes('filter'), 60);
    expect(text(await cacheWith('explore_').get('k'))).toBe('explore');
    expect(text(await cacheWith('filter_').get('k'))).toBe('filter');
    const uuids = await scratch.db.kysely.selectFrom('key_value').select('uuid').execute();
    expect(uuids.map((row) => row.uuid).sort()).toEqual(
      [metastoreUuidOf('explore_k'), metastoreUuidOf('filter_k')].sort(),
    );
  });

  it('does not store an entry with a negative timeout', async () => {
    await cacheWith().set('never', bytes('z'), -1);
    expect(await cacheWith().get('never')).toBeUndefined();
  });
});
