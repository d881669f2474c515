import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type Selectable } from 'kysely';
import type { DatasetListQuery } from '@superset-ts/shared';
import {
  insertReturningId,
  readBoolean,
  readCount,
  readTimestamp,
  type MetadataDialect,
  type MetadataSchema,
  type TablesTable,
} from '../../db/index.js';
import { isUniqueViolation } from '../users/unique-violation.js';
import { DatasetExistsError, DatasetNotFoundError } from './dataset.errors.js';
import { datasetFiltersCondition, visibilityCondition } from './dataset-list-filters.js';
import type {
  DatasetRecord,
  DatasetUserRef,
  DatasetValues,
  DatasetVisibility,
} from './dataset.record.js';

type Db = Kysely<MetadataSchema>;

const ORDER_REFS = {
  table_name: 't.table_name',
  catalog: 't.catalog',
  schema: 't.schema',
  changed_on: 't.changed_on',
  changed_on_delta_humanized: 't.changed_on',
  'changed_by.first_name': 'mb.first_name',
  'database.database_name': 'd.database_name',
  id: 't.id',
} as const;

/** The base query every read goes through, so the visibility filter cannot be forgotten. */
function visibleDatasets(db: Db, visibility: DatasetVisibility) {
  return db
    .selectFrom('tables as t')
    .innerJoin('dbs as d', 'd.id', 't.database_id')
    .where((eb) => visibilityCondition(eb, visibility));
}

function withDetails(db: Db, visibility: DatasetVisibility) {
  return visibleDatasets(db, visibility)
    .leftJoin('ab_user as cb', 'cb.id', 't.created_by_fk')
    .leftJoin('ab_user as mb', 'mb.id', 't.changed_by_fk')
    .selectAll('t')
    .select([
      'd.database_name as database_name',
      'd.uuid as database_uuid',
      'd.sqlalchemy_uri as database_uri',
      'cb.first_name as cb_first_name',
      'cb.last_name as cb_last_name',
      'mb.first_name as mb_first_name',
      'mb.last_name as mb_last_name',
    ]);
}

type JoinedRow = Selectable<TablesTable> & {
  database_name: string;
  database_uuid: string;
  database_uri: string;
  cb_first_name: string | null;
  cb_last_name: string | null;
  mb_first_name: string | null;
  mb_last_name: string | null;
};

function userRef(
  id: number | null,
  first: string | null,
  last: string | null,
): DatasetUserRef | null {
  return id === null ? null : { id, first_name: first ?? '', last_name: last ?? '' };
}

function toRecord(row: JoinedRow): DatasetRecord {
  return {
    id: row.id,
    uuid: row.uuid,
    table_name: row.table_name,
    database_id: row.database_id,
    database_name: row.database_name,
    database_uuid: row.database_uuid,
    database_uri: row.database_uri,
    catalog: row.catalog,
    schema: row.schema,
    sql: row.sql,
    main_dttm_col: row.main_dttm_col,
    default_endpoint: row.default_endpoint,
    offset: row.offset ?? 0,
    description: row.description,
    is_featured: readBoolean(row.is_featured),
    cache_timeout: row.cache_timeout,
    params: row.params,
    perm: row.perm,
    schema_perm: row.schema_perm,
    catalog_perm: row.catalog_perm,
    filter_select_enabled: readBoolean(row.filter_select_enabled),
    fetch_values_predicate: row.fetch_values_predicate,
    is_sqllab_view: readBoolean(row.is_sqllab_view),
    template_params: row.template_params,
    extra: row.extra,
    normalize_columns: readBoolean(row.normalize_columns),
    always_filter_main_dttm: readBoolean(row.always_filter_main_dttm),
    is_managed_externally: readBoolean(row.is_managed_externally),
    external_url: row.external_url,
    created_on: readTimestamp(row.created_on),
    changed_on: readTimestamp(row.changed_on),
    created_by: userRef(row.created_by_fk, row.cb_first_name, row.cb_last_name),
    changed_by: userRef(row.changed_by_fk, row.mb_first_name, row.mb_last_name),
  };
}

function rethrowDuplicate(tableName: string) {
  return (error: unknown): never => {
    if (isUniqueViolation(error)) throw new DatasetExistsError(tableName);
    throw error;
  };
}

/** Audit facts of a write. */
export interface WriteMeta {
  userId: number | null;
  now: Date;
}

/**
 * Datasets in `tables`, joined with their database. Reads take the caller's visibility,
 * applied in the base query; writes take the query builder they run on, so a service can run
 * several in one transaction.
 */
export const datasetRepository = {
  /** A page of the datasets the caller may see, matching the query, and how many match. */
  async list(
    db: Db,
    query: DatasetListQuery,
    visibility: DatasetVisibility,
  ): Promise<{ count: number; records: DatasetRecord[] }> {
    const countRow = await visibleDatasets(db, visibility)
      .where((eb) => datasetFiltersCondition(eb, query.filters))
      .select((eb) => eb.fn.countAll().as('total'))
      .executeTakeFirst();
    const order = ORDER_REFS[query.order_column];
    let page = withDetails(db, visibility).where((eb) =>
      datasetFiltersCondition(eb, query.filters),
    );
    if (order === 't.changed_on') {
      page = page.orderBy(sql`case when t.changed_on is null then 1 else 0 end`);
    }
    const rows = await page
      .orderBy(order, query.order_direction)
      .orderBy('t.id')
      .limit(query.page_size)
      .offset(query.page * query.page_size)
      .execute();
    return { count: readCount(countRow?.total), records: rows.map(toRecord) };
  },

  /** One dataset the caller may see; throws `DatasetNotFoundError`. */
  async get(db: Db, id: number, visibility: DatasetVisibility): Promise<DatasetRecord> {
    const row = await withDetails(db, visibility).where('t.id', '=', id).executeTakeFirst();
    if (!row) throw new DatasetNotFoundError(id);
    return toRecord(row);
  },

  /** Throws `DatasetExistsError` when another dataset has this database, catalog, schema and name. */
  async requireUnique(
    db: Db,
    key: { database_id: number; catalog: string | null; schema: string | null; table_name: string },
    exceptId?: number,
  ): Promise<void> {
    let query = db
      .selectFrom('tables')
      .select('id')
      .where('database_id', '=', key.database_id)
      .where('table_name', '=', key.table_name)
      .where((eb) =>
        key.schema === null ? eb('schema', 'is', null) : eb('schema', '=', key.schema),
      )
      .where((eb) =>
        key.catalog === null ? eb('catalog', 'is', null) : eb('catalog', '=', key.catalog),
      );
    if (exceptId !== undefined) query = query.where('id', '<>', exceptId);
    if (await query.executeTakeFirst()) throw new DatasetExistsError(key.table_name);
  },

  /** Creates a dataset row; returns its id. */
  async insert(
    db: Db,
    dialect: MetadataDialect,
    values: DatasetValues,
    meta: WriteMeta & { uuid?: string | undefined },
  ): Promise<number> {
    await datasetRepository.requireUnique(db, values);
    const insert = db.insertInto('tables').values({
      ...values,
      uuid: meta.uuid ?? randomUUID(),
      created_on: meta.now,
      changed_on: meta.now,
      created_by_fk: meta.userId,
      changed_by_fk: meta.userId,
    });
    return insertReturningId(insert, dialect).catch(rethrowDuplicate(values.table_name));
  },

  /** Rewrites a dataset row; throws `DatasetNotFoundError` or `DatasetExistsError`. */
  async update(db: Db, id: number, values: Partial<DatasetValues>, meta: WriteMeta): Promise<void> {
    const result = await db
      .updateTable('tables')
      .set({ ...values, changed_on: meta.now, changed_by_fk: meta.userId })
      .where('id', '=', id)
      .executeTakeFirst()
      .catch(rethrowDuplicate(values.table_name ?? String(id)));
    if (result.numUpdatedRows === 0n) throw new DatasetNotFoundError(id);
  },

  /** Deletes a dataset row (its columns, metrics and owners go with it). */
  async delete(db: Db, id: number): Promise<void> {
    const result = await db.deleteFrom('tables').where('id', '=', id).executeTakeFirst();
    if (result.numDeletedRows === 0n) throw new DatasetNotFoundError(id);
  },
};
