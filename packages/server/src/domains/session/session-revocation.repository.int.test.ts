import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeOnEveryBackend } from '../../db/test-support/metadata-backends.js';
import {
  openScratchMetadataDb,
  type ScratchMetadataDb,
} from '../../db/test-support/scratch-metadata-db.js';
import {
  createSessionRevocationRepository,
  type SessionRevocationRepository,
} from './session-revocation.repository.js';

const HOUR_MS = 60 * 60 * 1000;

describeOnEveryBackend('session revocations', (backend) => {
  let scratch: ScratchMetadataDb;
  let revocations: SessionRevocationRepository;
  beforeAll(async () => {
    scratch = await openScratchMetadataDb(backend);
    revocations = createSessionRevocationRepository(scratch.db);
  });
  afterAll(async () => scratch.close());

  const storedSids = async () =>
    (await scratch.db.kysely.selectFrom('session_revocations').select('sid').execute())
      .map((row) => row.sid)
      .sort();

  describe('revoke and isRevoked', () => {
    it('reports a revoked session until its expiry, and others as live', async () => {
      const now = new Date('2030-01-01T10:00:00.000Z');
      await revocations.revoke('a'.repeat(32), new Date(now.getTime() + HOUR_MS), now);
      expect(await revocations.isRevoked('a'.repeat(32), now)).toBe(true);
      expect(await revocations.isRevoked('b'.repeat(32), now)).toBe(false);
      const later = new Date(now.getTime() + 2 * HOUR_MS);
      expect(await revocations.isRevoked('a'.repeat(32), later)).toBe(false);
    });

    it('accepts the same session logged out twice', async () => {
      const now = new Date('2030-01-01T10:00:00.000Z');
      await revocations.revoke('c'.repeat(32), new Date(now.getTime() + HOUR_MS), now);
      await revocations.revoke('c'.repeat(32), new Date(now.getTime() + HOUR_MS), now);
      expect(await revocations.isRevoked('c'.repeat(32), now)).toBe(true);
    });

    it('prunes rows past their expiry when it writes', async () => {
      const now = new Date('2030-01-01T10:00:00.000Z');
      await revocations.revoke('d'.repeat(32), new Date(now.getTime() + HOUR_MS), now);
      const muchLater = new Date(now.getTime() + 3 * HOUR_MS);
      await revocations.revoke('e'.repeat(32), new Date(muchLater.getTime() + HOUR_MS), muchLater);
      expect(await storedSids()).toEqual(['e'.repeat(32)]);
    });
  });
});
