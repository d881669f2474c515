import { randomUUID } from 'node:crypto';
import { sql, type ExpressionBuilder, type Kysely, type Selectable } from 'kysely';
import type { SavedQueryListQuery } from '@superset-ts/shared';
import {
  insertReturningId,
  readCount,
  readTimestamp,
  type MetadataDialect,
  type MetadataSchema,
  type SavedQueryTable,
} from '../../db/index.js';
import { textFilter } from '../users/text-filter.js';
import { SavedQueryNotFoundError } from './saved-query.errors.js';
import type {
  SavedQueryRecord,
  SavedQueryValues,
  SavedQueryVisibility,
} from './saved-query.record.js';

type Db = Kysely<MetadataSchema>;
type SavedQueryEb = ExpressionBuilder<MetadataSchema & { s: SavedQueryTable }, 's'>;
type Filter = SavedQueryListQuery['filters'][number];

function filterCondition(eb: SavedQueryEb, filter: Filter) {
  switch (filter.col) {
    case 'database':
      return eb('s.db_id', '=', Number(filter.value));
    case 'label':
    case 'description':
    case 'sql':
    case 'schema':
      return textFilter(
        sql<string>`coalesce(${eb.ref(`s.${filter.col}`)}, '')`,
        filter.opr,
        String(filter.value),
      );
  }
}

/** The base query of every read: a caller sees their own saved queries unless allowed all. */
function visibleSavedQueries(db: Db, visibility: SavedQueryVisibility) {
  const query = db.selectFrom('saved_query as s');
  return visibility.kind === 'all' ? query : query.where('s.created_by_fk', '=', visibility.userId);
}

function withRelations(db: Db, visibility: SavedQueryVisibility) {
  return visibleSavedQueries(db, visibility)
    .leftJoin('dbs as d', 'd.id', 's.db_id')
    .leftJoin('ab_user as cb', 'cb.id', 's.created_by_fk')
    .selectAll('s')
    .select([
      'd.database_name as database_name',
      'd.sqlalchemy_uri as sqlalchemy_uri',
      'cb.first_name as cb_first_name',
      'cb.last_name as cb_last_name',
      'cb.email as cb_email',
    ]);
}

type JoinedRow = Selectable<SavedQueryTable> & {
  database_name: string | null;
  sqlalchemy_uri: string | null;
  cb_first_name: string | null;
  cb_last_name: string | null;
  cb_email: string | null;
};

function toRecord(row: JoinedRow): SavedQueryRecord {
  return {
    id: row.id,
    uuid: row.uuid,
    user_id: row.user_id,
    db_id: row.db_id,
    database_name: row.database_name,
    sqlalchemy_uri: row.sqlalchemy_uri,
    catalog: row.catalog,
    schema: row.schema,
    label: row.label ?? '',
    description: row.description,
    sql: row.sql ?? '',
    template_parameters: row.template_parameters,
    extra_json: row.extra_json ?? '{}',
    rows: row.rows,
    last_run: readTimestamp(row.last_run),
    changed_on: readTimestamp(row.changed_on),
    created_by:
      row.created_by_fk === null
        ? null
        : {
            id: row.created_by_fk,
            first_name: row.cb_first_name ?? '',
            last_name: row.cb_last_name ?? '',
            email: row.cb_email,
          },
  };
}

/**
 * Saved queries in `saved_query`. Every read and write takes the caller's visibility and
 * applies it in the base query, so another user's saved query is never reachable.
 */
export const savedQueryRepository = {
  /** A page of the visible saved queries matching the query, and how many match. */
  async list(
    db: Db,
    query: SavedQueryListQuery,
    visibility: SavedQueryVisibility,
  ): Promise<{ count: number; records: SavedQueryRecord[] }> {
    const matching = (eb: SavedQueryEb) => eb.and(query.filters.map((f) => filterCondition(eb, f)));
    const countRow = await visibleSavedQueries(db, visibility)
      .where(matching)
      .select((eb) => eb.fn.countAll().as('total'))
      .executeTakeFirst();
    const rows = await withRelations(db, visibility)
      .where(matching)
      .orderBy(`s.${query.order_column}`, query.order_direction)
      .orderBy('s.id', 'desc')
      .limit(query.page_size)
      .offset(query.page * query.page_size)
      .execute();
    return { count: readCount(countRow?.total), records: rows.map(toRecord) };
  },

  /** Every visible saved query, newest change first (the legacy read endpoint). */
  async listAll(db: Db, visibility: SavedQueryVisibility): Promise<SavedQueryRecord[]> {
    const rows = await withRelations(db, visibility)
      .orderBy('s.changed_on', 'desc')
      .orderBy('s.id', 'desc')
      .execute();
    return rows.map(toRecord);
  },

  /** One visible saved query; throws `SavedQueryNotFoundError`. */
  async get(db: Db, id: number, visibility: SavedQueryVisibility): Promise<SavedQueryRecord> {
    const row = await withRelations(db, visibility).where('s.id', '=', id).executeTakeFirst();
    if (!row) throw new SavedQueryNotFoundError(id);
    return toRecord(row);
  },

  /** Creates a saved query owned by `userId`; returns its id. */
  async insert(
    db: Db,
    dialect: MetadataDialect,
    values: SavedQueryValues,
    meta: { userId: number; now: Date },
  ): Promise<number> {
    const insert = db.insertInto('saved_query').values({
      ...values,
      uuid: randomUUID(),
      user_id: meta.userId,
      created_on: meta.now,
      changed_on: meta.now,
      created_by_fk: meta.userId,
      changed_by_fk: meta.userId,
    });
    return insertReturningId(insert, dialect);
  },

  /** Rewrites a visible saved query; throws `SavedQueryNotFoundError`. */
  async update(
    db: Db,
    id: number,
    values: SavedQueryValues,
    meta: { visibility: SavedQueryVisibility; userId: number; now: Date },
  ): Promise<void> {
    let update = db
      .updateTable('saved_query')
      .set({ ...values, changed_on: meta.now, changed_by_fk: meta.userId })
      .where('id', '=', id);
    if (meta.visibility.kind === 'owner') {
      update = update.where('created_by_fk', '=', meta.visibility.userId);
    }
    const result = await update.executeTakeFirst();
    if (result.numUpdatedRows === 0n) throw new SavedQueryNotFoundError(id);
  },

  /**
   * Deletes visible saved queries. All or nothing: when one id is missing or not visible,
   * nothing is deleted and `SavedQueryNotFoundError` names it.
   */
  async delete(db: Db, ids: readonly number[], visibility: SavedQueryVisibility): Promise<void> {
    const found = await visibleSavedQueries(db, visibility)
      .select('s.id')
      .where('s.id', 'in', [...ids])
      .execute();
    const present = new Set(found.map((row) => row.id));
    const missing = ids.find((id) => !present.has(id));
    if (missing !== undefined) throw new SavedQueryNotFoundError(missing);
    await db
      .deleteFrom('saved_query')
      .where('id', 'in', [...ids])
      .execute();
  },
};
