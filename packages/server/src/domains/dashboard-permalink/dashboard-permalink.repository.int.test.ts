import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeOnEveryBackend } from '../../db/test-support/metadata-backends.js';
import {
  openScratchMetadataDb,
  type ScratchMetadataDb,
} from '../../db/test-support/scratch-metadata-db.js';
import { dashboardPermalinkRepository as repo } from './dashboard-permalink.repository.js';

describeOnEveryBackend('dashboard permalink repository', (backend) => {
  let scratch: ScratchMetadataDb;
  const now = new Date(Date.UTC(2024, 0, 2, 10, 0, 0));

  beforeAll(async () => {
    scratch = await openScratchMetadataDb(backend);
  });
  afterAll(async () => scratch.close());

  it('round-trips a value (unicode included) under a key of 32 hex digits', async () => {
    const value = { dashboardId: '7', state: { anchor: 'Straße ✓', activeTabs: ['TAB-1'] } };
    const key = await repo.create(scratch.db.kysely, value, { userId: null, now });
    expect(key).toMatch(/^[0-9a-f]{32}$/);
    expect(await repo.find(scratch.db.kysely, key, now)).toEqual(value);
    expect(await repo.find(scratch.db.kysely, '0'.repeat(32), now)).toBeUndefined();
    expect(await repo.find(scratch.db.kysely, 'not-a-key', now)).toBeUndefined();
  });
});
