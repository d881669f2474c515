import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { describeOnEveryBackend } from '../db/test-support/metadata-backends.js';
import {
  openScratchMetadataDb,
  type ScratchMetadataDb,
} from '../db/test-support/scratch-metadata-db.js';
import { readTimestamp } from '../db/index.js';
import { createDbEventLogger } from './db-event-logger.js';
import { readLogRows } from './test-support/action-log-test-support.js';

describeOnEveryBackend('metadata-DB event logger', (backend) => {
  let scratch: ScratchMetadataDb;
  let userId: number;

  beforeAll(async () => {
    scratch = await openScratchMetadataDb(backend);
    await scratch.db.kysely
      .insertInto('ab_user')
      .values({
        username: 'ada',
        first_name: 'Ada',
        last_name: 'L',
        email: 'ada@x.org',
        password: null,
      })
      .execute();
    const user = await scratch.db.kysely
      .selectFrom('ab_user')
      .select('id')
      .executeTakeFirstOrThrow();
    userId = user.id;
  });
  afterAll(async () => scratch.close());

  it('writes events of one tick as rows, with every column, and cuts oversized values', async () => {
    const report = vi.fn();
    const logger = createDbEventLogger(scratch.db, { report, maxBatchSize: 2 });
    const dttm = new Date('2024-05-06T07:08:09.123Z');
    void logger.log({
      action: 'DashboardRestApi.get',
      user_id: userId,
      dashboard_id: 7,
      slice_id: null,
      duration_ms: 12.6,
      referrer: 'http://localhost/dashboard/list/',
      json: { path: '/api/v1/dashboard/7', status: 200 },
      dttm,
    });
    void logger.log({ action: 'x'.repeat(600), user_id: null, dttm, referrer: 'r'.repeat(2000) });
    void logger.log({ action: 'Big', user_id: null, dttm, json: { blob: 'b'.repeat(70_000) } });
    await logger.flush();

    expect(report).not.toHaveBeenCalled();
    const rows = await readLogRows(scratch.db);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({
      action: 'DashboardRestApi.get',
      user_id: userId,
      dashboard_id: 7,
      slice_id: null,
      duration_ms: 13,
      referrer: 'http://localhost/dashboard/list/',
    });
    expect(JSON.parse(rows[0]?.json ?? '')).toEqual({ path: '/api/v1/dashboard/7', status: 200 });
    expect(readTimestamp(rows[0]?.dttm ?? null)).toEqual(dttm);
    expect(rows[1]?.action).toHaveLength(512);
    expect(rows[1]?.referrer).toHaveLength(1000);
    expect(rows[1]?.json).toBeNull();
    expect(JSON.parse(rows[2]?.json ?? '')).toMatchObject({ truncated: true });
  });
});
