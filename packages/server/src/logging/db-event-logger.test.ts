import { describe, expect, it, vi } from 'vitest';
import type { MetadataDb } from '../db/index.js';
import { createDbEventLogger } from './db-event-logger.js';

/** A metadata database whose inserts fail, counting how many were tried. */
function failingDb(): { db: MetadataDb; inserts: () => number } {
  let inserts = 0;
  const db = {
    kysely: {
      insertInto: () => ({
        values: () => ({
          execute: async () => {
            inserts += 1;
            throw new Error('database is locked');
          },
        }),
      }),
    },
  } as unknown as MetadataDb;
  return { db, inserts: () => inserts };
}

describe('createDbEventLogger', () => {
  it('reports a failed insert instead of throwing, batching the events of one tick', async () => {
    const { db, inserts } = failingDb();
    const report = vi.fn();
    const logger = createDbEventLogger(db, { report });
    for (let i = 0; i < 5; i += 1)
      void logger.log({ action: `A${i}`, user_id: null, dttm: new Date() });
    await logger.flush();
    expect(inserts()).toBe(1);
    expect(report).toHaveBeenCalledTimes(1);
    expect((report.mock.calls[0]?.[0] as Error).message).toBe('database is locked');
  });
});
