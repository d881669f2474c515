import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { ChartListQuery } from '@superset-ts/shared';
import {
  insertReturningId,
  readBoolean,
  readCount,
  readTimestamp,
  type MetadataDialect,
  type MetadataSchema,
  type SlicesTable,
} from '../../db/index.js';
import { chartFilterCondition, type ChartScope } from './chart-list-filters.js';
import type { ChartRecord, ChartUserRef, ChartValues } from './chart.record.js';
import { datasetGrantCondition, type DatasetGrants } from './dataset-grants.js';

type Db = Kysely<MetadataSchema>;

/**
 * The base query of every access-checked read (Superset's ChartFilter): with every data grant
 * all charts, otherwise only those whose dataset the grants cover, so a chart on a dataset the
 * caller may not use is neither listed nor readable.
 */
function visibleCharts(db: Db, grants: DatasetGrants) {
  const query = db
    .selectFrom('slices as s')
    .leftJoin('tables as t', (join) =>
      join.onRef('t.id', '=', 's.datasource_id').on('s.datasource_type', '=', 'table'),
    );
  return grants.kind === 'all'
    ? query
    : query.where((eb) => datasetGrantCondition(eb as never, grants));
}

function withRelations(query: ReturnType<typeof visibleCharts>) {
  return query
    .leftJoin('ab_user as cb', 'cb.id', 's.created_by_fk')
    .leftJoin('ab_user as mb', 'mb.id', 's.changed_by_fk')
    .leftJoin('ab_user as lb', 'lb.id', 's.last_saved_by_fk')
    .selectAll('s')
    .select([
      't.id as t_id',
      't.uuid as t_uuid',
      't.table_name as t_table_name',
      't.schema as t_schema',
      't.default_endpoint as t_default_endpoint',
      't.perm as t_perm',
      't.schema_perm as t_schema_perm',
      't.catalog_perm as t_catalog_perm',
      'cb.first_name as cb_first_name',
      'cb.last_name as cb_last_name',
      'mb.first_name as mb_first_name',
      'mb.last_name as mb_last_name',
      'lb.first_name as lb_first_name',
      'lb.last_name as lb_last_name',
    ]);
}

type JoinedRow = Selectable<SlicesTable> & {
  t_id: number | null;
  t_uuid: string | null;
  t_table_name: string | null;
  t_schema: string | null;
  t_default_endpoint: string | null;
  t_perm: string | null;
  t_schema_perm: string | null;
  t_catalog_perm: string | null;
  cb_first_name: string | null;
  cb_last_name: string | null;
  mb_first_name: string | null;
  mb_last_name: string | null;
  lb_first_name: string | null;
  lb_last_name: string | null;
};

function userRef(
  id: number | null,
  first: string | null,
  last: string | null,
): ChartUserRef | null {
  return id === null ? null : { id, first_name: first ?? '', last_name: last ?? '' };
}

function toRecord(row: JoinedRow, owners: ChartUserRef[]): ChartRecord {
  return {
    id: row.id,
    uuid: row.uuid,
    slice_name: row.slice_name ?? '',
    viz_type: row.viz_type ?? '',
    description: row.description,
    params: row.params,
    query_context: row.query_context,
    cache_timeout: row.cache_timeout,
    datasource_id: row.datasource_id,
    datasource_type: row.datasource_type,
    datasource_name: row.datasource_name,
    certified_by: row.certified_by,
    certification_details: row.certification_details,
    is_managed_externally: readBoolean(row.is_managed_externally),
    external_url: row.external_url,
    created_on: readTimestamp(row.created_on),
    changed_on: readTimestamp(row.changed_on),
    last_saved_at: readTimestamp(row.last_saved_at),
    created_by: userRef(row.created_by_fk, row.cb_first_name, row.cb_last_name),
    changed_by: userRef(row.changed_by_fk, row.mb_first_name, row.mb_last_name),
    last_saved_by: userRef(row.last_saved_by_fk, row.lb_first_name, row.lb_last_name),
    dataset:
      row.t_id === null
        ? null
        : {
            id: row.t_id,
            uuid: row.t_uuid ?? '',
            table_name: row.t_table_name ?? '',
            schema: row.t_schema,
            default_endpoint: row.t_default_endpoint,
            perm: row.t_perm,
            schema_perm: row.t_schema_perm,
            catalog_perm: row.t_catalog_perm,
          },
    owners,
  };
}

async function ownersOf(db: Db, chartIds: readonly number[]): Promise<Map<number, ChartUserRef[]>> {
  const owners = new Map<number, ChartUserRef[]>();
  if (chartIds.length === 0) return owners;
  const rows = await db
    .selectFrom('slice_user as su')
    .innerJoin('ab_user as u', 'u.id', 'su.user_id')
    .select(['su.slice_id', 'u.id', 'u.first_name', 'u.last_name'])
    .where('su.slice_id', 'in', [...chartIds])
    .orderBy('u.first_name')
    .orderBy('u.id')
    .execute();
  for (const row of rows) {
    const list = owners.get(row.slice_id) ?? [];
    list.push({ id: row.id, first_name: row.first_name, last_name: row.last_name });
    owners.set(row.slice_id, list);
  }
  return owners;
}

async function withOwners(db: Db, rows: JoinedRow[]): Promise<ChartRecord[]> {
  const owners = await ownersOf(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => toRecord(row, owners.get(row.id) ?? []));
}

const ORDER_COLUMN = {
  changed_on_delta_humanized: 's.changed_on',
  changed_on: 's.changed_on',
  slice_name: 's.slice_name',
  viz_type: 's.viz_type',
  datasource_id: 's.datasource_id',
  datasource_name: 't.table_name',
  last_saved_at: 's.last_saved_at',
  'changed_by.first_name': 'mb.first_name',
  'last_saved_by.first_name': 'lb.first_name',
} as const;

/** Charts in `slices`, their owners in `slice_user`; reads take the caller's data grants. */
export const chartRepository = {
  /** A page of the visible charts matching the query, and how many match. */
  async list(
    db: Db,
    query: ChartListQuery,
    scope: { grants: DatasetGrants; userId: number | null },
  ): Promise<{ count: number; records: ChartRecord[] }> {
    const matching = (eb: ChartScope) =>
      eb.and(query.filters.map((filter) => chartFilterCondition(eb, filter, scope.userId)));
    const countRow = await visibleCharts(db, scope.grants)
      .where((eb) => matching(eb as unknown as ChartScope))
      .select((eb) => eb.fn.countAll().as('total'))
      .executeTakeFirst();
    const rows = await withRelations(visibleCharts(db, scope.grants))
      .where((eb) => matching(eb as unknown as ChartScope))
      .orderBy(ORDER_COLUMN[query.order_column], query.order_direction)
      .orderBy('s.id', 'desc')
      .limit(query.page_size)
      .offset(query.page * query.page_size)
      .execute();
    return { count: readCount(countRow?.total), records: await withOwners(db, rows) };
  },

  /** One chart the grants cover, or undefined (missing or not visible alike). */
  async find(db: Db, id: number, grants: DatasetGrants): Promise<ChartRecord | undefined> {
    const row = await withRelations(visibleCharts(db, grants))
      .where('s.id', '=', id)
      .executeTakeFirst();
    return row ? (await withOwners(db, [row]))[0] : undefined;
  },

  /** The ids among `ids` of charts the grants cover. */
  async visibleIds(db: Db, ids: readonly number[], grants: DatasetGrants): Promise<number[]> {
    if (ids.length === 0) return [];
    const rows = await visibleCharts(db, grants)
      .select('s.id')
      .where('s.id', 'in', [...ids])
      .execute();
    return rows.map((row) => row.id);
  },

  /** Charts built on a dataset, by name. */
  async ofDataset(db: Db, datasetId: number) {
    return db
      .selectFrom('slices')
      .select(['id', 'slice_name', 'viz_type'])
      .where('datasource_id', '=', datasetId)
      .where('datasource_type', '=', 'table')
      .orderBy('slice_name')
      .orderBy('id')
      .execute();
  },

  /** Creates a chart owned by `ownerIds`; returns its id. */
  async insert(
    db: Db,
    dialect: MetadataDialect,
    values: ChartValues,
    meta: {
      userId: number;
      now: Date;
      ownerIds: readonly number[];
      uuid?: string | null;
      isManagedExternally: boolean;
    },
  ): Promise<number> {
    return db.transaction().execute(async (trx) => {
      const id = await insertReturningId(
        trx.insertInto('slices').values({
          ...values,
          uuid: meta.uuid ?? randomUUID(),
          is_managed_externally: meta.isManagedExternally,
          created_on: meta.now,
          changed_on: meta.now,
          created_by_fk: meta.userId,
          changed_by_fk: meta.userId,
          last_saved_at: meta.now,
          last_saved_by_fk: meta.userId,
        }),
        dialect,
      );
      await replaceOwners(trx, id, meta.ownerIds);
      return id;
    });
  },

  /** Rewrites a chart's columns and, when given, its owners. */
  async update(
    db: Db,
    id: number,
    values: ChartValues,
    meta: { userId: number; now: Date; ownerIds: readonly number[] | undefined },
  ): Promise<void> {
    await db.transaction().execute(async (trx) => {
      await trx
        .updateTable('slices')
        .set({
          ...values,
          changed_on: meta.now,
          changed_by_fk: meta.userId,
          last_saved_at: meta.now,
          last_saved_by_fk: meta.userId,
        })
        .where('id', '=', id)
        .execute();
      if (meta.ownerIds !== undefined) await replaceOwners(trx, id, meta.ownerIds);
    });
  },

  /** Deletes charts with their owners and everyone's favourite marks on them. */
  async delete(db: Db, ids: readonly number[]): Promise<void> {
    if (ids.length === 0) return;
    await db.transaction().execute(async (trx) => {
      await trx
        .deleteFrom('favstar')
        .where('class_name', '=', 'slice')
        .where('obj_id', 'in', [...ids])
        .execute();
      await trx
        .deleteFrom('slice_user')
        .where('slice_id', 'in', [...ids])
        .execute();
      await trx
        .deleteFrom('slices')
        .where('id', 'in', [...ids])
        .execute();
    });
  },

  /** The ids among `ids` that are users. */
  async existingUserIds(db: Db, ids: readonly number[]): Promise<Set<number>> {
    if (ids.length === 0) return new Set();
    const rows = await db
      .selectFrom('ab_user')
      .select('id')
      .where('id', 'in', [...ids])
      .execute();
    return new Set(rows.map((row) => row.id));
  },
};

async function replaceOwners(db: Db, chartId: number, ownerIds: readonly number[]): Promise<void> {
  await db.deleteFrom('slice_user').where('slice_id', '=', chartId).execute();
  const unique = [...new Set(ownerIds)];
  if (unique.length === 0) return;
  await db
    .insertInto('slice_user')
    .values(unique.map((userId) => ({ user_id: userId, slice_id: chartId })))
    .execute();
}
