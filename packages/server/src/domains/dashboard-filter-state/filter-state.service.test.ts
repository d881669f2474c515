import { describe, expect, it } from 'vitest';
import { createLruCache } from '../../cache/lru-cache.js';
import { AppError } from '../../errors/app-error.js';
import type { Actor } from '../../security/access/actor.js';
import { createFilterStateStore } from './filter-state-store.js';
import { createFilterStateService } from './filter-state.service.js';

const user = (userId: number): Actor => ({
  kind: 'user',
  userId,
  username: `user${userId}`,
  roles: ['Gamma'],
  permissions: new Set(),
});
const alice = user(1);
const bob = user(2);

/** Dashboard 10 is seen by everyone, 20 by alice only; the rest do not exist. */
async function getReadableDashboard(actor: Actor, idOrSlug: string) {
  const id = Number(idOrSlug);
  const isVisible = id === 10 || (id === 20 && actor.kind === 'user' && actor.userId === 1);
  if (!isVisible) throw new AppError('RESOURCE_NOT_FOUND', 'No such dashboard.');
  return Promise.resolve({ id });
}

function serviceWithClock(options: { ttlSeconds: number; refreshOnRead: boolean }) {
  let nowMs = 1_000_000;
  const store = createFilterStateStore(createLruCache({ now: () => nowMs }), options);
  return {
    service: createFilterStateService({ store, getReadableDashboard }),
    advanceSeconds: (seconds: number) => {
      nowMs += seconds * 1000;
    },
  };
}

const codeOf = async (work: Promise<unknown>) => {
  const error: unknown = await work.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  return error instanceof AppError ? error.code : error;
};

describe('filter-state service', () => {
  it('forgets a state after its time to live, unless reading it renewed it', async () => {
    const fixed = serviceWithClock({ ttlSeconds: 60, refreshOnRead: false });
    const key = await fixed.service.create(alice, 10, '{"a":1}');
    fixed.advanceSeconds(40);
    expect(await fixed.service.get(bob, 10, key)).toBe('{"a":1}');
    fixed.advanceSeconds(40);
    expect(await codeOf(fixed.service.get(alice, 10, key))).toBe('RESOURCE_NOT_FOUND');

    const renewed = serviceWithClock({ ttlSeconds: 60, refreshOnRead: true });
    const kept = await renewed.service.create(alice, 10, '{"a":1}');
    renewed.advanceSeconds(40);
    await renewed.service.get(alice, 10, kept);
    renewed.advanceSeconds(40);
    expect(await renewed.service.get(alice, 10, kept)).toBe('{"a":1}');
  });

  it('lets only the owner change or delete, and only on a dashboard they see', async () => {
    const { service } = serviceWithClock({ ttlSeconds: 0, refreshOnRead: false });
    const key = await service.create(alice, 10, '{}');
    expect(await codeOf(service.update(bob, 10, key, '{"b":1}'))).toBe('ACCESS_DENIED');
    expect(await codeOf(service.delete(bob, 10, key))).toBe('ACCESS_DENIED');
    expect(await service.get(alice, 10, key)).toBe('{}');

    const privateKey = await service.create(alice, 20, '{}');
    expect(await codeOf(service.get(bob, 20, privateKey))).toBe('RESOURCE_NOT_FOUND');
    expect(await codeOf(service.create(bob, 20, '{}'))).toBe('RESOURCE_NOT_FOUND');
    expect(await codeOf(service.get(alice, 10, privateKey))).toBe('RESOURCE_NOT_FOUND');
  });

  it("keeps one key per user's tab and dashboard", async () => {
    const { service } = serviceWithClock({ ttlSeconds: 0, refreshOnRead: false });
    const first = await service.create(alice, 10, '{"v":1}', 3);
    expect(await service.create(alice, 10, '{"v":2}', 3)).toBe(first);
    expect(await service.get(alice, 10, first)).toBe('{"v":2}');
    expect(await service.create(bob, 10, '{"v":3}', 3)).not.toBe(first);
    expect(await service.create(alice, 20, '{"v":4}', 3)).not.toBe(first);
    expect(await service.create(alice, 10, '{"v":5}')).not.toBe(first);
  });
});
