import type { Kysely, Selectable } from 'kysely';
import type { MetadataSchema, SlicesTable } from '../../db/index.js';
import { DASHBOARD_FAVORITE_CLASS } from './dashboard-list-filters.js';
import type { DashboardRoleRef, DashboardUserRef } from './dashboard.record.js';

type Db = Kysely<MetadataSchema>;

function groupBy<Row, Item>(
  rows: Row[],
  keyOf: (row: Row) => number,
  itemOf: (row: Row) => Item,
): Map<number, Item[]> {
  const groups = new Map<number, Item[]>();
  for (const row of rows) {
    const list = groups.get(keyOf(row)) ?? [];
    list.push(itemOf(row));
    groups.set(keyOf(row), list);
  }
  return groups;
}

async function existing(
  db: Db,
  table: 'ab_user' | 'ab_role' | 'slices',
  ids: readonly number[],
): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom(table)
    .select('id')
    .where('id', 'in', [...ids])
    .execute();
  return new Set(rows.map((row) => row.id));
}

/**
 * What hangs off a dashboard: its charts (`dashboard_slices`), owners (`dashboard_user`),
 * roles (`dashboard_roles`) and users' favourite marks (`favstar`, class `Dashboard`).
 */
export const dashboardLinks = {
  async ownersOf(db: Db, ids: readonly number[]): Promise<Map<number, DashboardUserRef[]>> {
    if (ids.length === 0) return new Map();
    const rows = await db
      .selectFrom('dashboard_user as du')
      .innerJoin('ab_user as u', 'u.id', 'du.user_id')
      .select(['du.dashboard_id', 'u.id', 'u.first_name', 'u.last_name'])
      .where('du.dashboard_id', 'in', [...ids])
      .orderBy('u.first_name')
      .orderBy('u.id')
      .execute();
    return groupBy(
      rows,
      (row) => row.dashboard_id,
      (row) => ({ id: row.id, first_name: row.first_name, last_name: row.last_name }),
    );
  },

  async rolesOf(db: Db, ids: readonly number[]): Promise<Map<number, DashboardRoleRef[]>> {
    if (ids.length === 0) return new Map();
    const rows = await db
      .selectFrom('dashboard_roles as dr')
      .innerJoin('ab_role as r', 'r.id', 'dr.role_id')
      .select(['dr.dashboard_id', 'r.id', 'r.name'])
      .where('dr.dashboard_id', 'in', [...ids])
      .orderBy('r.name')
      .execute();
    return groupBy(
      rows,
      (row) => row.dashboard_id,
      (row) => ({ id: row.id, name: row.name }),
    );
  },

  /** The charts of a dashboard, by id. */
  async chartsOf(db: Db, dashboardId: number): Promise<Selectable<SlicesTable>[]> {
    return db
      .selectFrom('dashboard_slices as ds')
      .innerJoin('slices as s', 's.id', 'ds.slice_id')
      .selectAll('s')
      .where('ds.dashboard_id', '=', dashboardId)
      .orderBy('s.id')
      .execute();
  },

  /** The ids of a dashboard's charts. */
  async chartIdsOf(db: Db, dashboardId: number): Promise<number[]> {
    const rows = await db
      .selectFrom('dashboard_slices')
      .select('slice_id')
      .where('dashboard_id', '=', dashboardId)
      .execute();
    return rows.map((row) => row.slice_id);
  },

  /** The dashboards each chart is on (id and title), for the charts API. */
  async dashboardsOfCharts(
    db: Db,
    chartIds: readonly number[],
  ): Promise<Map<number, { id: number; dashboard_title: string }[]>> {
    if (chartIds.length === 0) return new Map();
    const rows = await db
      .selectFrom('dashboard_slices as ds')
      .innerJoin('dashboards as d', 'd.id', 'ds.dashboard_id')
      .select(['ds.slice_id', 'd.id', 'd.dashboard_title'])
      .where('ds.slice_id', 'in', [...chartIds])
      .orderBy('d.id')
      .execute();
    return groupBy(
      rows,
      (row) => row.slice_id,
      (row) => ({ id: row.id, dashboard_title: row.dashboard_title ?? '' }),
    );
  },

  existingUserIds: (db: Db, ids: readonly number[]) => existing(db, 'ab_user', ids),
  existingRoleIds: (db: Db, ids: readonly number[]) => existing(db, 'ab_role', ids),
  existingChartIds: (db: Db, ids: readonly number[]) => existing(db, 'slices', ids),

  async replaceOwners(db: Db, dashboardId: number, userIds: readonly number[]): Promise<void> {
    await db.deleteFrom('dashboard_user').where('dashboard_id', '=', dashboardId).execute();
    const unique = [...new Set(userIds)];
    if (unique.length === 0) return;
    await db
      .insertInto('dashboard_user')
      .values(unique.map((userId) => ({ dashboard_id: dashboardId, user_id: userId })))
      .execute();
  },

  async replaceRoles(db: Db, dashboardId: number, roleIds: readonly number[]): Promise<void> {
    await db.deleteFrom('dashboard_roles').where('dashboard_id', '=', dashboardId).execute();
    const unique = [...new Set(roleIds)];
    if (unique.length === 0) return;
    await db
      .insertInto('dashboard_roles')
      .values(unique.map((roleId) => ({ dashboard_id: dashboardId, role_id: roleId })))
      .execute();
  },

  async replaceCharts(db: Db, dashboardId: number, chartIds: readonly number[]): Promise<void> {
    await db.deleteFrom('dashboard_slices').where('dashboard_id', '=', dashboardId).execute();
    const unique = [...new Set(chartIds)];
    if (unique.length === 0) return;
    await db
      .insertInto('dashboard_slices')
      .values(unique.map((chartId) => ({ dashboard_id: dashboardId, slice_id: chartId })))
      .execute();
  },

  /** Which of `dashboardIds` the user marked as a favourite. */
  async markedOf(db: Db, userId: number, dashboardIds: readonly number[]): Promise<Set<number>> {
    if (dashboardIds.length === 0) return new Set();
    const rows = await db
      .selectFrom('favstar')
      .select('obj_id')
      .where('user_id', '=', userId)
      .where('class_name', '=', DASHBOARD_FAVORITE_CLASS)
      .where('obj_id', 'in', [...dashboardIds])
      .execute();
    return new Set(rows.map((row) => row.obj_id));
  },

  /** Marks a favourite; marking twice is a no-op. */
  async mark(db: Db, userId: number, dashboardId: number, now: Date): Promise<void> {
    if ((await dashboardLinks.markedOf(db, userId, [dashboardId])).size > 0) return;
    try {
      await db
        .insertInto('favstar')
        .values({
          user_id: userId,
          class_name: DASHBOARD_FAVORITE_CLASS,
          obj_id: dashboardId,
          dttm: now,
        })
        .execute();
    } catch (error) {
      // A concurrent mark won the unique constraint: the dashboard is marked either way.
      if ((await dashboardLinks.markedOf(db, userId, [dashboardId])).size === 0) throw error;
    }
  },

  async unmark(db: Db, userId: number, dashboardId: number): Promise<void> {
    await db
      .deleteFrom('favstar')
      .where('user_id', '=', userId)
      .where('class_name', '=', DASHBOARD_FAVORITE_CLASS)
      .where('obj_id', '=', dashboardId)
      .execute();
  },

  /** Removes everyone's favourite marks on the dashboards. */
  async unmarkAll(db: Db, dashboardIds: readonly number[]): Promise<void> {
    await db
      .deleteFrom('favstar')
      .where('class_name', '=', DASHBOARD_FAVORITE_CLASS)
      .where('obj_id', 'in', [...dashboardIds])
      .execute();
  },
};
