import type { LogListQuery, RecentActivityQuery, RelatedUserQuery } from '@superset-ts/shared';
import { readCount, readTimestamp, type MetadataDb } from '../../db/index.js';
import { withItemTitles } from './recent-activity-titles.js';
import { likePattern, logFilterCondition, lowerLike } from './log-filters.js';
import type { LogPage, LogRecord, RecentActivityRecord, UserPage } from './log.record.js';

/** Reading the action log (`logs`, with each row's user from `ab_user`). */
export interface LogRepository {
  /** A page of rows matching every filter, in the query's order (id breaks ties). */
  list(query: LogListQuery): Promise<LogPage>;
  findById(id: number): Promise<LogRecord | undefined>;
  /**
   * The actions of one user, newest first. The user is part of the base query, so no caller
   * can forget it and see another user's rows.
   */
  listRecentActivity(userId: number, query: RecentActivityQuery): Promise<RecentActivityRecord[]>;
  /** Users whose username or names contain `filter` (ignoring case), by name. */
  listUsers(query: RelatedUserQuery): Promise<UserPage>;
}

interface LogRow {
  id: number;
  action: string | null;
  user_id: number | null;
  json: string | null;
  dttm: string | null;
  dashboard_id: number | null;
  slice_id: number | null;
  duration_ms: number | null;
  referrer: string | null;
  u_id: number | null;
  u_username: string | null;
  u_first_name: string | null;
  u_last_name: string | null;
}

function toLogRecord(row: LogRow): LogRecord {
  return {
    id: row.id,
    action: row.action,
    user_id: row.user_id,
    user:
      row.u_id === null
        ? null
        : {
            id: row.u_id,
            username: row.u_username ?? '',
            first_name: row.u_first_name ?? '',
            last_name: row.u_last_name ?? '',
          },
    json: row.json,
    dttm: readTimestamp(row.dttm),
    dashboard_id: row.dashboard_id,
    slice_id: row.slice_id,
    duration_ms: row.duration_ms,
    referrer: row.referrer,
  };
}

/** The log repository on the metadata database. */
export function createLogRepository(db: MetadataDb): LogRepository {
  const { kysely } = db;
  const logsWithUser = () =>
    kysely.selectFrom('logs').leftJoin('ab_user as u', 'u.id', 'logs.user_id');
  const rowColumns = [
    'logs.id',
    'logs.action',
    'logs.user_id',
    'logs.json',
    'logs.dttm',
    'logs.dashboard_id',
    'logs.slice_id',
    'logs.duration_ms',
    'logs.referrer',
    'u.id as u_id',
    'u.username as u_username',
    'u.first_name as u_first_name',
    'u.last_name as u_last_name',
  ] as const;

  const listActivityRows = async (
    userId: number,
    query: RecentActivityQuery,
  ): Promise<RecentActivityRecord[]> => {
    const own = kysely.selectFrom('logs').where('logs.user_id', '=', userId);
    const chosen = query.actions ? own.where('logs.action', 'in', query.actions) : own;
    const offset = query.page * query.page_size;
    if (!query.distinct) {
      const rows = await chosen
        .select(['action', 'dashboard_id', 'slice_id', 'dttm'])
        .where('dttm', 'is not', null)
        .orderBy('dttm', 'desc')
        .orderBy('id', 'desc')
        .limit(query.page_size)
        .offset(offset)
        .execute();
      return rows.map((row) => ({ ...row, dttm: readTimestamp(row.dttm ?? '') }));
    }
    const rows = await chosen
      .where((eb) => eb.or([eb('dashboard_id', 'is not', null), eb('slice_id', 'is not', null)]))
      .select((eb) => ['action', 'dashboard_id', 'slice_id', eb.fn.max('dttm').as('latest')])
      .groupBy(['action', 'dashboard_id', 'slice_id'])
      .orderBy('latest', 'desc')
      .limit(query.page_size)
      .offset(offset)
      .execute();
    return rows.map((row) => ({
      action: row.action,
      dashboard_id: row.dashboard_id,
      slice_id: row.slice_id,
      dttm: readTimestamp(String(row.latest)),
    }));
  };

  return {
    async list(query) {
      const matching = logsWithUser().where((eb) =>
        eb.and(query.filters.map((filter) => logFilterCondition(eb, filter))),
      );
      const [total, rows] = await Promise.all([
        matching.select((eb) => eb.fn.countAll().as('total')).executeTakeFirst(),
        matching
          .select(rowColumns)
          .orderBy(`logs.${query.order_column}`, query.order_direction)
          .orderBy('logs.id', query.order_direction)
          .limit(query.page_size)
          .offset(query.page * query.page_size)
          .execute(),
      ]);
      return { count: readCount(total?.total), rows: rows.map(toLogRecord) };
    },

    async findById(id) {
      const row = await logsWithUser()
        .select(rowColumns)
        .where('logs.id', '=', id)
        .executeTakeFirst();
      return row && toLogRecord(row);
    },

    async listRecentActivity(userId, query) {
      return withItemTitles(kysely, await listActivityRows(userId, query));
    },

    async listUsers(query) {
      const pattern = likePattern(query.filter, 'contains');
      const matching = kysely
        .selectFrom('ab_user')
        .where((eb) =>
          eb.or([
            lowerLike(eb.ref('username'), pattern),
            lowerLike(eb.ref('first_name'), pattern),
            lowerLike(eb.ref('last_name'), pattern),
          ]),
        );
      const [total, users] = await Promise.all([
        matching.select((eb) => eb.fn.countAll().as('total')).executeTakeFirst(),
        matching
          .select(['id', 'username', 'first_name', 'last_name'])
          .orderBy('first_name')
          .orderBy('last_name')
          .orderBy('id')
          .limit(query.page_size)
          .offset(query.page * query.page_size)
          .execute(),
      ]);
      return { count: readCount(total?.total), users };
    },
  };
}
