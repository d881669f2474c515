import { randomUUID } from 'node:crypto';
import type { ExpressionBuilder, Kysely, Selectable } from 'kysely';
import type { CssTemplateListQuery } from '@superset-ts/shared';
import {
  insertReturningId,
  readCount,
  readTimestamp,
  type CssTemplateTable,
  type MetadataDialect,
  type MetadataSchema,
} from '../../db/index.js';
import { textFilter } from '../users/text-filter.js';
import { CssTemplateNotFoundError } from './css-template.errors.js';
import type {
  CssTemplateRecord,
  CssTemplateUserRef,
  CssTemplateValues,
} from './css-template.record.js';

type Db = Kysely<MetadataSchema>;
type CssTemplateEb = ExpressionBuilder<MetadataSchema & { c: CssTemplateTable }, 'c'>;
type Filter = CssTemplateListQuery['filters'][number];

const ORDER_COLUMNS = {
  template_name: 'c.template_name',
  changed_on_delta_humanized: 'c.changed_on',
  created_on: 'c.created_on',
} as const satisfies Record<CssTemplateListQuery['order_column'], string>;

function filterCondition(eb: CssTemplateEb, filter: Filter) {
  switch (filter.col) {
    case 'template_name':
      return textFilter(eb.ref('c.template_name'), filter.opr, String(filter.value));
  }
}

function withUsers(db: Db) {
  return db
    .selectFrom('css_templates as c')
    .leftJoin('ab_user as cb', 'cb.id', 'c.created_by_fk')
    .leftJoin('ab_user as mb', 'mb.id', 'c.changed_by_fk')
    .selectAll('c')
    .select([
      'cb.first_name as cb_first_name',
      'cb.last_name as cb_last_name',
      'mb.first_name as mb_first_name',
      'mb.last_name as mb_last_name',
    ]);
}

type JoinedRow = Selectable<CssTemplateTable> & {
  cb_first_name: string | null;
  cb_last_name: string | null;
  mb_first_name: string | null;
  mb_last_name: string | null;
};

function userRef(
  id: number | null,
  firstName: string | null,
  lastName: string | null,
): CssTemplateUserRef | null {
  return id === null ? null : { id, first_name: firstName ?? '', last_name: lastName ?? '' };
}

function toRecord(row: JoinedRow): CssTemplateRecord {
  return {
    id: row.id,
    template_name: row.template_name,
    css: row.css,
    created_on: readTimestamp(row.created_on),
    changed_on: readTimestamp(row.changed_on),
    created_by: userRef(row.created_by_fk, row.cb_first_name, row.cb_last_name),
    changed_by: userRef(row.changed_by_fk, row.mb_first_name, row.mb_last_name),
  };
}

/** CSS templates in `css_templates`, shared by every user who may read them. */
export const cssTemplateRepository = {
  /** A page of the templates matching the query, and how many match. */
  async list(
    db: Db,
    query: CssTemplateListQuery,
  ): Promise<{ count: number; records: CssTemplateRecord[] }> {
    const matching = (eb: CssTemplateEb) =>
      eb.and(query.filters.map((filter) => filterCondition(eb, filter)));
    const countRow = await db
      .selectFrom('css_templates as c')
      .where(matching)
      .select((eb) => eb.fn.countAll().as('total'))
      .executeTakeFirst();
    const rows = await withUsers(db)
      .where(matching)
      .orderBy(ORDER_COLUMNS[query.order_column], query.order_direction)
      .orderBy('c.id', 'desc')
      .limit(query.page_size)
      .offset(query.page * query.page_size)
      .execute();
    return { count: readCount(countRow?.total), records: rows.map(toRecord) };
  },

  /** One template; throws `CssTemplateNotFoundError`. */
  async get(db: Db, id: number): Promise<CssTemplateRecord> {
    const row = await withUsers(db).where('c.id', '=', id).executeTakeFirst();
    if (!row) throw new CssTemplateNotFoundError(id);
    return toRecord(row);
  },

  /** Creates a template as `userId`; returns its id. */
  async insert(
    db: Db,
    dialect: MetadataDialect,
    values: CssTemplateValues,
    meta: { userId: number | null; now: Date },
  ): Promise<number> {
    const insert = db.insertInto('css_templates').values({
      ...values,
      uuid: randomUUID(),
      created_on: meta.now,
      changed_on: meta.now,
      created_by_fk: meta.userId,
      changed_by_fk: meta.userId,
    });
    return insertReturningId(insert, dialect);
  },

  /** Rewrites a template; throws `CssTemplateNotFoundError`. */
  async update(
    db: Db,
    id: number,
    values: CssTemplateValues,
    meta: { userId: number | null; now: Date },
  ): Promise<void> {
    const result = await db
      .updateTable('css_templates')
      .set({ ...values, changed_on: meta.now, changed_by_fk: meta.userId })
      .where('id', '=', id)
      .executeTakeFirst();
    if (result.numUpdatedRows === 0n) throw new CssTemplateNotFoundError(id);
  },

  /**
   * Deletes templates. All or nothing: when one id is missing, nothing is deleted and
   * `CssTemplateNotFoundError` names it.
   */
  async delete(db: Db, ids: readonly number[]): Promise<void> {
    await db.transaction().execute(async (trx) => {
      const found = await trx
        .selectFrom('css_templates')
        .select('id')
        .where('id', 'in', [...ids])
        .execute();
      const present = new Set(found.map((row) => row.id));
      const missing = ids.find((id) => !present.has(id));
      if (missing !== undefined) throw new CssTemplateNotFoundError(missing);
      await trx
        .deleteFrom('css_templates')
        .where('id', 'in', [...ids])
        .execute();
    });
  },
};
