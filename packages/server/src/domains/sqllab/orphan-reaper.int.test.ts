import { spawnSync } from 'node:child_process';
import { hostname } from 'node:os';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { QUERY_API_PATH, type QueryHistoryItem } from '@superset-ts/shared';
import {
  describeWithServices,
  LIVE_POSTGRES,
} from '../databases/test-support/live-database-services.js';
import { createQueryRepository, type QueryRepository } from '../queries/query.repository.js';
import { createOrphanReaper, ORPHAN_REASON } from './orphan-reaper.js';
import { currentQueryOwner, isProcessAlive } from './query-owner.js';
import { createRunningQueries } from './running-queries.js';
import { startSqlLabTestApp, type SqlLabTestApp } from './test-support/sqllab-test-app.js';

function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
  return Number(child.stdout.toString());
}

await describeWithServices([LIVE_POSTGRES], 'the SQL Lab orphan reaper', () => {
  let api: SqlLabTestApp;
  let queries: QueryRepository;
  beforeAll(async () => {
    api = await startSqlLabTestApp([{ name: 'pg', uri: LIVE_POSTGRES.uri }]);
    queries = createQueryRepository(api.t.metadataDb.kysely, api.t.metadataDb.dialect);
  });
  afterAll(() => api.t.close());

  const insertRunning = async (clientId: string, extra: Record<string, unknown>) => {
    const record = await queries.insert(
      {
        client_id: clientId,
        database_id: api.ids.pg ?? 0,
        user_id: null,
        sql: 'select 1',
        schema: null,
        catalog: null,
        tab_name: null,
        sql_editor_id: null,
        select_as_cta: false,
        ctas_method: 'TABLE',
        tmp_table_name: null,
        tmp_schema_name: null,
        limit: null,
        start_time: Date.now(),
        extra,
      },
      new Date(),
    );
    await queries.update(record.id, { status: 'running' }, new Date());
    return record.id;
  };

  it('marks failed a run whose process died or stopped beating, and leaves live runs alone', async () => {
    const self = currentQueryOwner();
    const running = createRunningQueries();
    const dead = await insertRunning('dead', {
      owner: { instance: 'gone', host: hostname(), pid: deadPid() },
      heartbeat_ms: Date.now(),
    });
    const silent = await insertRunning('silent', {
      owner: { instance: 'far', host: 'another-host', pid: 1 },
      heartbeat_ms: Date.now() - 10 * 60_000,
    });
    const elsewhere = await insertRunning('elsewhere', {
      owner: { instance: 'far', host: 'another-host', pid: 1 },
      heartbeat_ms: Date.now(),
    });
    const local = await insertRunning('local', { owner: self, heartbeat_ms: Date.now() });
    running.track(local, { owner: self });
    const reaper = createOrphanReaper({
      queries,
      running,
      owner: self,
      checkSeconds: 60,
      isProcessAlive,
      now: () => new Date(),
    });
    expect((await reaper.check()).sort()).toEqual([dead, silent].sort());
    expect((await queries.findById(dead))?.status).toBe('failed');
    expect((await queries.findById(elsewhere))?.status).toBe('running');
    expect((await queries.findById(local))?.extra.heartbeat_ms).toBeGreaterThan(0);

    const history = await api.as(api.admin, 'GET', QUERY_API_PATH);
    const reaped = history
      .json<{ result: QueryHistoryItem[] }>()
      .result.find((q) => q.client_id === 'dead');
    expect(reaped).toMatchObject({ status: 'failed', error_message: ORPHAN_REASON });
  });
});
