import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  logListQuerySchema,
  recentActivityQuerySchema,
  relatedUserQuerySchema,
  type LogListQueryInput,
} from '@superset-ts/shared';
import { describeOnEveryBackend } from '../../db/test-support/metadata-backends.js';
import {
  openScratchMetadataDb,
  type ScratchMetadataDb,
} from '../../db/test-support/scratch-metadata-db.js';
import { createLogRepository, type LogRepository } from './log.repository.js';

const at = (minute: number) => new Date(Date.UTC(2024, 0, 2, 10, minute, 0, 0));
const list = (repo: LogRepository, input: LogListQueryInput) =>
  repo.list(logListQuerySchema.parse(input));

describeOnEveryBackend('log repository', (backend) => {
  let scratch: ScratchMetadataDb;
  let logs: LogRepository;
  let ada: number;
  let bob: number;
  let sales: { id: number };

  beforeAll(async () => {
    scratch = await openScratchMetadataDb(backend);
    const { kysely } = scratch.db;
    await kysely
      .insertInto('ab_user')
      .values([
        {
          username: 'ada',
          first_name: 'Ada',
          last_name: 'Lovelace',
          email: 'a@x.org',
          password: null,
        },
        {
          username: 'bob',
          first_name: 'Bob',
          last_name: 'Builder',
          email: 'b@x.org',
          password: null,
        },
      ])
      .execute();
    const users = await kysely.selectFrom('ab_user').select(['id', 'username']).execute();
    ada = users.find((u) => u.username === 'ada')?.id ?? 0;
    bob = users.find((u) => u.username === 'bob')?.id ?? 0;
    await kysely
      .insertInto('dashboards')
      .values({
        uuid: '00000000-0000-4000-8000-000000000005',
        dashboard_title: 'Sales',
        slug: 'sales',
        created_by_fk: null,
        changed_by_fk: null,
        position_json: null,
        json_metadata: null,
        description: null,
        css: null,
        certified_by: null,
        certification_details: null,
        external_url: null,
      })
      .execute();
    sales = await kysely.selectFrom('dashboards').select('id').executeTakeFirstOrThrow();
    await kysely
      .insertInto('logs')
      .values([
        { action: 'UserLoggedIn', user_id: ada, dttm: at(1), json: '{"username":"ada"}' },
        {
          action: 'DashboardRestApi.get',
          user_id: ada,
          dttm: at(2),
          dashboard_id: sales.id,
          duration_ms: 40,
        },
        {
          action: 'DashboardRestApi.get',
          user_id: ada,
          dttm: at(3),
          dashboard_id: sales.id,
          duration_ms: 10,
        },
        { action: 'ChartRestApi.get', user_id: bob, dttm: at(4), slice_id: 9, duration_ms: 99 },
        { action: 'UserLoginFailed', user_id: null, dttm: at(5), json: '{"username":"eve"}' },
        { action: '100%_done', user_id: bob, dttm: at(6) },
      ])
      .execute();
    logs = createLogRepository(scratch.db);
  });
  afterAll(async () => scratch.close());

  it('lists newest first with the count, users joined, and pages', async () => {
    const first = await list(logs, { page_size: 2 });
    expect(first.count).toBe(6);
    expect(first.rows.map((row) => row.action)).toEqual(['100%_done', 'UserLoginFailed']);
    expect(first.rows[0]?.user).toEqual({
      id: bob,
      username: 'bob',
      first_name: 'Bob',
      last_name: 'Builder',
    });
    expect(first.rows[1]?.user).toBeNull();
    expect(first.rows[0]?.dttm).toEqual(at(6));
    const third = await list(logs, { page_size: 2, page: 2 });
    expect(third.rows.map((row) => row.dttm)).toEqual([at(2), at(1)]);
    expect(third.rows[1]?.json).toBe('{"username":"ada"}');
  });

  it('filters by action (contains, ignoring case; starts with; equals), literally', async () => {
    const contains = await list(logs, {
      filters: [{ col: 'action', opr: 'ct', value: 'dashboard' }],
    });
    expect(contains.count).toBe(2);
    const starts = await list(logs, { filters: [{ col: 'action', opr: 'sw', value: 'user' }] });
    expect(starts.rows.map((row) => row.action)).toEqual(['UserLoginFailed', 'UserLoggedIn']);
    const equals = await list(logs, {
      filters: [{ col: 'action', opr: 'eq', value: 'ChartRestApi.get' }],
    });
    expect(equals.count).toBe(1);
    const percent = await list(logs, { filters: [{ col: 'action', opr: 'ct', value: '%_' }] });
    expect(percent.rows.map((row) => row.action)).toEqual(['100%_done']);
  });

  it('filters by user and by a time range, ANDed, and orders by another column', async () => {
    const adas = await list(logs, {
      filters: [
        { col: 'user', opr: 'rel_o_m', value: ada },
        { col: 'dttm', opr: 'gt', value: at(1).toISOString() },
        { col: 'dttm', opr: 'lt', value: '2024-01-02T11:03:30+01:00' },
      ],
      order_column: 'duration_ms',
      order_direction: 'asc',
    });
    expect(adas.rows.map((row) => row.duration_ms)).toEqual([10, 40]);
    expect(adas.count).toBe(2);
  });

  it('finds one row by id', async () => {
    const [row] = (await list(logs, { page_size: 1 })).rows;
    expect(await logs.findById(row?.id ?? 0)).toEqual(row);
    expect(await logs.findById(987_654)).toBeUndefined();
  });

  it("lists only the given user's recent activity, optionally distinct per dashboard or chart", async () => {
    const own = await logs.listRecentActivity(ada, recentActivityQuerySchema.parse({}));
    expect(own.map((row) => row.dttm)).toEqual([at(3), at(2), at(1)]);
    const chosen = await logs.listRecentActivity(
      ada,
      recentActivityQuerySchema.parse({ actions: ['UserLoggedIn'] }),
    );
    expect(chosen.map((row) => row.action)).toEqual(['UserLoggedIn']);
    const distinct = await logs.listRecentActivity(
      ada,
      recentActivityQuerySchema.parse({ distinct: true }),
    );
    expect(distinct).toEqual([
      {
        action: 'DashboardRestApi.get',
        dashboard_id: sales.id,
        slice_id: null,
        dttm: at(3),
        item_title: 'Sales',
        dashboard_slug: 'sales',
      },
    ]);
    const bobsCharts = await logs.listRecentActivity(bob, recentActivityQuerySchema.parse({}));
    // Chart 9 does not exist (any more): no title.
    expect(bobsCharts.find((row) => row.slice_id === 9)?.item_title).toBeNull();
    const bobs = await logs.listRecentActivity(
      bob,
      recentActivityQuerySchema.parse({ page_size: 1 }),
    );
    expect(bobs.map((row) => row.action)).toEqual(['100%_done']);
  });

  it('finds users by part of their username or names, ignoring case', async () => {
    const found = await logs.listUsers(relatedUserQuerySchema.parse({ filter: 'LOVE' }));
    expect(found).toEqual({
      count: 1,
      users: [{ id: ada, username: 'ada', first_name: 'Ada', last_name: 'Lovelace' }],
    });
    const all = await logs.listUsers(relatedUserQuerySchema.parse({}));
    expect(all.users.map((user) => user.username)).toEqual(['ada', 'bob']);
  });
});
