import { randomUUID } from 'node:crypto';
import { sql, type ExpressionBuilder, type Kysely, type Selectable } from 'kysely';
import type { DatabaseListQuery } from '@superset-ts/shared';
import {
  insertReturningId,
  readBoolean,
  readCount,
  readTimestamp,
  type DbsTable,
  type MetadataDialect,
  type MetadataSchema,
} from '../../db/index.js';
import { isUniqueViolation } from '../users/unique-violation.js';
import { textFilter } from '../users/text-filter.js';
import { DatabaseAlreadyExistsError, DatabaseNotFoundError } from './database.errors.js';
import type {
  DatabaseRecord,
  DatabaseUserRef,
  DatabaseValues,
  DatabaseVisibility,
  DatasetRef,
} from './database.record.js';

type Db = Kysely<MetadataSchema>;
type DbsEb = ExpressionBuilder<MetadataSchema & { d: DbsTable }, 'd'>;
type Filter = DatabaseListQuery['filters'][number];

function filterCondition(eb: DbsEb, filter: Filter) {
  if (filter.col === 'database_name') {
    return textFilter(eb.ref('d.database_name'), filter.opr, String(filter.value));
  }
  return eb(`d.${filter.col}`, '=', Boolean(filter.value));
}

/** The base query every read goes through, so the visibility filter cannot be forgotten. */
function visibleDatabases(db: Db, visibility: DatabaseVisibility) {
  const query = db.selectFrom('dbs as d');
  if (visibility.kind === 'all') return query;
  if (visibility.ids.length === 0) return query.where(sql<boolean>`1 = 0`);
  return query.where('d.id', 'in', [...visibility.ids]);
}

function withUsers(db: Db, visibility: DatabaseVisibility) {
  return visibleDatabases(db, visibility)
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

type JoinedRow = Selectable<DbsTable> & {
  cb_first_name: string | null;
  cb_last_name: string | null;
  mb_first_name: string | null;
  mb_last_name: string | null;
};

function userRef(
  id: number | null,
  first: string | null,
  last: string | null,
): DatabaseUserRef | null {
  return id === null ? null : { id, first_name: first ?? '', last_name: last ?? '' };
}

function toRecord(row: JoinedRow): DatabaseRecord {
  return {
    id: row.id,
    uuid: row.uuid,
    database_name: row.database_name,
    verbose_name: row.verbose_name,
    sqlalchemy_uri: row.sqlalchemy_uri,
    password: row.password,
    cache_timeout: row.cache_timeout,
    expose_in_sqllab: readBoolean(row.expose_in_sqllab),
    allow_run_async: readBoolean(row.allow_run_async),
    allow_ctas: readBoolean(row.allow_ctas),
    allow_cvas: readBoolean(row.allow_cvas),
    allow_dml: readBoolean(row.allow_dml),
    force_ctas_schema: row.force_ctas_schema,
    allow_file_upload: readBoolean(row.allow_file_upload),
    extra: row.extra,
    encrypted_extra: row.encrypted_extra,
    impersonate_user: readBoolean(row.impersonate_user),
    server_cert: row.server_cert,
    configuration_method:
      row.configuration_method === 'dynamic_form' ? 'dynamic_form' : 'sqlalchemy_form',
    is_managed_externally: readBoolean(row.is_managed_externally),
    external_url: row.external_url,
    created_on: readTimestamp(row.created_on),
    changed_on: readTimestamp(row.changed_on),
    created_by: userRef(row.created_by_fk, row.cb_first_name, row.cb_last_name),
    changed_by: userRef(row.changed_by_fk, row.mb_first_name, row.mb_last_name),
  };
}

function rethrowDuplicate(name: string) {
  return (error: unknown): never => {
    if (isUniqueViolation(error)) throw new DatabaseAlreadyExistsError(name);
    throw error;
  };
}

/**
 * Database connections in `dbs`. Reads take the caller's visibility, applied in the base
 * query; writes take the query builder they run on, so a service can run several in one
 * transaction.
 */
export const databaseRepository = {
  /** A page of the databases the caller may see, matching the query, and how many match. */
  async list(
    db: Db,
    query: DatabaseListQuery,
    visibility: DatabaseVisibility,
  ): Promise<{ count: number; records: DatabaseRecord[] }> {
    const matching = (eb: DbsEb) => eb.and(query.filters.map((f) => filterCondition(eb, f)));
    const countRow = await visibleDatabases(db, visibility)
      .where(matching)
      .select((eb) => eb.fn.countAll().as('total'))
      .executeTakeFirst();
    let page = withUsers(db, visibility).where(matching);
    if (query.order_column === 'changed_on') {
      page = page.orderBy(sql`case when d.changed_on is null then 1 else 0 end`);
    }
    const rows = await page
      .orderBy(`d.${query.order_column}`, query.order_direction)
      .orderBy('d.id')
      .limit(query.page_size)
      .offset(query.page * query.page_size)
      .execute();
    return { count: readCount(countRow?.total), records: rows.map(toRecord) };
  },

  /** One database the caller may see; throws `DatabaseNotFoundError`. */
  async get(db: Db, id: number, visibility: DatabaseVisibility): Promise<DatabaseRecord> {
    const row = await withUsers(db, visibility).where('d.id', '=', id).executeTakeFirst();
    if (!row) throw new DatabaseNotFoundError(id);
    return toRecord(row);
  },

  /** The database with this name, if any (regardless of visibility: for name checks and tests). */
  async findByName(db: Db, name: string): Promise<DatabaseRecord | undefined> {
    const row = await withUsers(db, { kind: 'all' })
      .where('d.database_name', '=', name)
      .executeTakeFirst();
    return row ? toRecord(row) : undefined;
  },

  /** Throws `DatabaseAlreadyExistsError` when another database has this name. */
  async requireUniqueName(db: Db, name: string, exceptId?: number): Promise<void> {
    let query = db.selectFrom('dbs').select('id').where('database_name', '=', name);
    if (exceptId !== undefined) query = query.where('id', '<>', exceptId);
    if (await query.executeTakeFirst()) throw new DatabaseAlreadyExistsError(name);
  },

  /** Creates a database row; returns its id. */
  async insert(
    db: Db,
    dialect: MetadataDialect,
    values: DatabaseValues,
    meta: { uuid?: string | undefined; userId: number | null; now: Date },
  ): Promise<number> {
    await databaseRepository.requireUniqueName(db, values.database_name);
    const insert = db.insertInto('dbs').values({
      ...values,
      uuid: meta.uuid ?? randomUUID(),
      created_on: meta.now,
      changed_on: meta.now,
      created_by_fk: meta.userId,
      changed_by_fk: meta.userId,
    });
    return insertReturningId(insert, dialect).catch(rethrowDuplicate(values.database_name));
  },

  /** Rewrites a database row; throws `DatabaseNotFoundError` or `DatabaseAlreadyExistsError`. */
  async update(
    db: Db,
    id: number,
    values: DatabaseValues,
    meta: { userId: number | null; now: Date },
  ): Promise<void> {
    await databaseRepository.requireUniqueName(db, values.database_name, id);
    const result = await db
      .updateTable('dbs')
      .set({ ...values, changed_on: meta.now, changed_by_fk: meta.userId })
      .where('id', '=', id)
      .executeTakeFirst()
      .catch(rethrowDuplicate(values.database_name));
    if (result.numUpdatedRows === 0n) throw new DatabaseNotFoundError(id);
  },

  /** Deletes a database row; throws `DatabaseNotFoundError`. */
  async delete(db: Db, id: number): Promise<void> {
    const result = await db.deleteFrom('dbs').where('id', '=', id).executeTakeFirst();
    if (result.numDeletedRows === 0n) throw new DatabaseNotFoundError(id);
  },

  /** The datasets (`tables` rows) of a database, by name. */
  async datasetsOf(db: Db, id: number): Promise<DatasetRef[]> {
    return db
      .selectFrom('tables')
      .select(['id', 'table_name', 'schema'])
      .where('database_id', '=', id)
      .orderBy('table_name')
      .orderBy('id')
      .execute();
  },
};
