import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { DashboardListQuery } from '@superset-ts/shared';
import {
  insertReturningId,
  readBoolean,
  readCount,
  readTimestamp,
  type DashboardsTable,
  type MetadataDialect,
  type MetadataSchema,
} from '../../db/index.js';
import {
  dashboardVisibleCondition,
  type DashboardScope,
  type DashboardVisibility,
} from './dashboard-access.js';
import { dashboardLinks } from './dashboard-links.repository.js';
import { dashboardFilterCondition } from './dashboard-list-filters.js';
import type {
  DashboardRecord,
  DashboardRoleRef,
  DashboardUserRef,
  DashboardValues,
} from './dashboard.record.js';

type Db = Kysely<MetadataSchema>;

/**
 * The base query of every access-checked read: the dashboards the visibility covers, so a
 * dashboard the caller may not see is neither listed nor readable.
 */
function visibleDashboards(db: Db, visibility: DashboardVisibility) {
  return db
    .selectFrom('dashboards as d')
    .where((eb) => dashboardVisibleCondition(eb as unknown as DashboardScope, visibility));
}

function withUsers(query: ReturnType<typeof visibleDashboards>) {
  return query
    .leftJoin('ab_user as cb', 'cb.id', 'd.created_by_fk')
    .leftJoin('ab_user as mb', 'mb.id', 'd.changed_by_fk')
    .selectAll('d')
    .select([
      'cb.first_name as cb_first_name',
      'cb.last_name as cb_last_name',
      'mb.first_name as mb_first_name',
      'mb.last_name as mb_last_name',
    ]);
}

type JoinedRow = Selectable<DashboardsTable> & {
  cb_first_name: string | null;
  cb_last_name: string | null;
  mb_first_name: string | null;
  mb_last_name: string | null;
};

function userRef(
  id: number | null,
  first: string | null,
  last: string | null,
): DashboardUserRef | null {
  return id === null ? null : { id, first_name: first ?? '', last_name: last ?? '' };
}

function toRecord(
  row: JoinedRow,
  owners: DashboardUserRef[],
  roles: DashboardRoleRef[],
): DashboardRecord {
  return {
    id: row.id,
    uuid: row.uuid,
    dashboard_title: row.dashboard_title ?? '',
    slug: row.slug,
    position_json: row.position_json,
    json_metadata: row.json_metadata,
    description: row.description,
    css: row.css,
    published: readBoolean(row.published),
    certified_by: row.certified_by,
    certification_details: row.certification_details,
    is_managed_externally: readBoolean(row.is_managed_externally),
    external_url: row.external_url,
    created_on: readTimestamp(row.created_on),
    changed_on: readTimestamp(row.changed_on),
    created_by: userRef(row.created_by_fk, row.cb_first_name, row.cb_last_name),
    changed_by: userRef(row.changed_by_fk, row.mb_first_name, row.mb_last_name),
    owners,
    roles,
  };
}

async function withOwnersAndRoles(db: Db, rows: JoinedRow[]): Promise<DashboardRecord[]> {
  const ids = rows.map((row) => row.id);
  const [owners, roles] = await Promise.all([
    dashboardLinks.ownersOf(db, ids),
    dashboardLinks.rolesOf(db, ids),
  ]);
  return rows.map((row) => toRecord(row, owners.get(row.id) ?? [], roles.get(row.id) ?? []));
}

const ORDER_COLUMN = {
  changed_on_delta_humanized: 'd.changed_on',
  changed_on: 'd.changed_on',
  dashboard_title: 'd.dashboard_title',
  published: 'd.published',
  'changed_by.first_name': 'mb.first_name',
  'created_by.first_name': 'cb.first_name',
} as const satisfies Record<DashboardListQuery['order_column'], string>;

/** An id when the text is all digits, otherwise a slug (slugs are never all digits). */
export function idOrSlugOf(idOrSlug: string): { id: number } | { slug: string } {
  return /^\d+$/.test(idOrSlug) ? { id: Number(idOrSlug) } : { slug: idOrSlug };
}

/** Dashboards in `dashboards`; reads take the caller's visibility. */
export const dashboardRepository = {
  /** A page of the visible dashboards matching the query, and how many match. */
  async list(
    db: Db,
    query: DashboardListQuery,
    scope: { visibility: DashboardVisibility; userId: number | null },
  ): Promise<{ count: number; records: DashboardRecord[] }> {
    const matching = (eb: DashboardScope) =>
      eb.and(query.filters.map((filter) => dashboardFilterCondition(eb, filter, scope.userId)));
    const countRow = await visibleDashboards(db, scope.visibility)
      .where((eb) => matching(eb as unknown as DashboardScope))
      .select((eb) => eb.fn.countAll().as('total'))
      .executeTakeFirst();
    const rows = await withUsers(visibleDashboards(db, scope.visibility))
      .where((eb) => matching(eb as unknown as DashboardScope))
      .orderBy(ORDER_COLUMN[query.order_column], query.order_direction)
      .orderBy('d.id', 'desc')
      .limit(query.page_size)
      .offset(query.page * query.page_size)
      .execute();
    return { count: readCount(countRow?.total), records: await withOwnersAndRoles(db, rows) };
  },

  /** One visible dashboard by id or slug, or undefined (missing or not visible alike). */
  async find(
    db: Db,
    idOrSlug: string,
    visibility: DashboardVisibility,
  ): Promise<DashboardRecord | undefined> {
    const key = idOrSlugOf(idOrSlug);
    const row = await withUsers(visibleDashboards(db, visibility))
      .where((eb) => ('id' in key ? eb('d.id', '=', key.id) : eb('d.slug', '=', key.slug)))
      .executeTakeFirst();
    return row ? (await withOwnersAndRoles(db, [row]))[0] : undefined;
  },

  /** The ids among `ids` of visible dashboards. */
  async visibleIds(
    db: Db,
    ids: readonly number[],
    visibility: DashboardVisibility,
  ): Promise<number[]> {
    if (ids.length === 0) return [];
    const rows = await visibleDashboards(db, visibility)
      .select('d.id')
      .where('d.id', 'in', [...ids])
      .execute();
    return rows.map((row) => row.id);
  },

  /** Whether a dashboard other than `exceptId` has the slug. */
  async isSlugTaken(db: Db, slug: string, exceptId: number | null): Promise<boolean> {
    let query = db.selectFrom('dashboards').select('id').where('slug', '=', slug);
    if (exceptId !== null) query = query.where('id', '<>', exceptId);
    return (await query.executeTakeFirst()) !== undefined;
  },

  /** Creates a dashboard with its owners, roles and charts; returns its id. */
  async insert(
    db: Db,
    dialect: MetadataDialect,
    values: DashboardValues,
    meta: {
      userId: number;
      now: Date;
      ownerIds: readonly number[];
      roleIds: readonly number[];
      chartIds: readonly number[];
      uuid?: string | null;
      isManagedExternally: boolean;
    },
  ): Promise<number> {
    return db.transaction().execute(async (trx) => {
      const id = await insertReturningId(
        trx.insertInto('dashboards').values({
          ...values,
          uuid: meta.uuid ?? randomUUID(),
          is_managed_externally: meta.isManagedExternally,
          created_on: meta.now,
          changed_on: meta.now,
          created_by_fk: meta.userId,
          changed_by_fk: meta.userId,
        }),
        dialect,
      );
      await dashboardLinks.replaceOwners(trx, id, meta.ownerIds);
      await dashboardLinks.replaceRoles(trx, id, meta.roleIds);
      await dashboardLinks.replaceCharts(trx, id, meta.chartIds);
      return id;
    });
  },

  /** Rewrites a dashboard's given columns and, when given, its owners, roles and charts. */
  async update(
    db: Db,
    id: number,
    values: DashboardValues,
    meta: {
      userId: number;
      now: Date;
      ownerIds?: readonly number[] | undefined;
      roleIds?: readonly number[] | undefined;
      chartIds?: readonly number[] | undefined;
    },
  ): Promise<void> {
    await db.transaction().execute(async (trx) => {
      await trx
        .updateTable('dashboards')
        .set({ ...values, changed_on: meta.now, changed_by_fk: meta.userId })
        .where('id', '=', id)
        .execute();
      if (meta.ownerIds !== undefined) await dashboardLinks.replaceOwners(trx, id, meta.ownerIds);
      if (meta.roleIds !== undefined) await dashboardLinks.replaceRoles(trx, id, meta.roleIds);
      if (meta.chartIds !== undefined) await dashboardLinks.replaceCharts(trx, id, meta.chartIds);
    });
  },

  /** Deletes dashboards with their links and everyone's favourite marks on them. */
  async delete(db: Db, ids: readonly number[]): Promise<void> {
    if (ids.length === 0) return;
    await db.transaction().execute(async (trx) => {
      await dashboardLinks.unmarkAll(trx, ids);
      for (const table of ['dashboard_slices', 'dashboard_user', 'dashboard_roles'] as const) {
        await trx
          .deleteFrom(table)
          .where('dashboard_id', 'in', [...ids])
          .execute();
      }
      await trx
        .deleteFrom('dashboards')
        .where('id', 'in', [...ids])
        .execute();
    });
  },
};
