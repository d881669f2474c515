import {
  sql,
  type ExpressionBuilder,
  type Kysely,
  type Selectable,
  type Transaction,
} from 'kysely';
import type { RlsListQuery } from '@superset-ts/shared';
import {
  insertReturningId,
  readCount,
  readTimestamp,
  type MetadataDialect,
  type MetadataSchema,
  type RowLevelSecurityFiltersTable,
} from '../../db/index.js';
import { isUniqueViolation } from '../users/unique-violation.js';
import { textFilter } from '../users/text-filter.js';
import { RlsRuleAlreadyExistsError, RlsRuleNotFoundError } from './row-level-security.errors.js';
import type { RlsRuleRecord, RlsRuleValues } from './row-level-security.record.js';

type Db = Kysely<MetadataSchema>;
type RuleEb = ExpressionBuilder<MetadataSchema & { r: RowLevelSecurityFiltersTable }, 'r'>;
type Filter = RlsListQuery['filters'][number];

const ORDER_COLUMNS = {
  changed_on_delta_humanized: 'r.changed_on',
  name: 'r.name',
  filter_type: 'r.filter_type',
  clause: 'r.clause',
  group_key: 'r.group_key',
} as const;

function filterCondition(eb: RuleEb, filter: Filter) {
  switch (filter.col) {
    case 'name':
    case 'description':
    case 'group_key':
    case 'clause':
      return textFilter(
        sql<string>`coalesce(${eb.ref(`r.${filter.col}`)}, '')`,
        filter.opr,
        String(filter.value),
      );
    case 'filter_type':
      return eb('r.filter_type', '=', String(filter.value) as RlsRuleValues['filter_type']);
    case 'tables':
      return eb.exists(
        eb
          .selectFrom('rls_filter_tables as ft')
          .select('ft.id')
          .whereRef('ft.rls_filter_id', '=', 'r.id')
          .where('ft.table_id', '=', Number(filter.value)),
      );
    case 'roles':
      return eb.exists(
        eb
          .selectFrom('rls_filter_roles as fr')
          .select('fr.id')
          .whereRef('fr.rls_filter_id', '=', 'r.id')
          .where('fr.role_id', '=', Number(filter.value)),
      );
  }
}

function withChangedBy(db: Db) {
  return db
    .selectFrom('row_level_security_filters as r')
    .leftJoin('ab_user as cb', 'cb.id', 'r.changed_by_fk')
    .selectAll('r')
    .select(['cb.first_name as cb_first_name', 'cb.last_name as cb_last_name']);
}

type RuleRow = Selectable<RowLevelSecurityFiltersTable> & {
  cb_first_name: string | null;
  cb_last_name: string | null;
};

/** The rows with their datasets and roles, read in two queries for the whole page. */
async function withLinks(db: Db, rows: readonly RuleRow[]): Promise<RlsRuleRecord[]> {
  const ids = rows.map((row) => row.id);
  if (ids.length === 0) return [];
  const [tables, roles] = await Promise.all([
    db
      .selectFrom('rls_filter_tables as ft')
      .innerJoin('tables as t', 't.id', 'ft.table_id')
      .select(['ft.rls_filter_id', 't.id', 't.schema', 't.table_name'])
      .where('ft.rls_filter_id', 'in', ids)
      .orderBy('t.table_name')
      .orderBy('t.id')
      .execute(),
    db
      .selectFrom('rls_filter_roles as fr')
      .innerJoin('ab_role as ro', 'ro.id', 'fr.role_id')
      .select(['fr.rls_filter_id', 'ro.id', 'ro.name'])
      .where('fr.rls_filter_id', 'in', ids)
      .orderBy('ro.name')
      .execute(),
  ]);
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    description: row.description,
    filter_type: row.filter_type,
    group_key: row.group_key,
    clause: row.clause,
    changed_on: readTimestamp(row.changed_on),
    changed_by:
      row.changed_by_fk === null
        ? null
        : {
            id: row.changed_by_fk,
            first_name: row.cb_first_name ?? '',
            last_name: row.cb_last_name ?? '',
          },
    tables: tables
      .filter((table) => table.rls_filter_id === row.id)
      .map(({ id, schema, table_name }) => ({ id, schema, table_name })),
    roles: roles
      .filter((role) => role.rls_filter_id === row.id)
      .map(({ id, name }) => ({ id, name })),
  }));
}

async function replaceLinks(
  trx: Transaction<MetadataSchema>,
  ruleId: number,
  values: RlsRuleValues,
): Promise<void> {
  await trx.deleteFrom('rls_filter_tables').where('rls_filter_id', '=', ruleId).execute();
  await trx.deleteFrom('rls_filter_roles').where('rls_filter_id', '=', ruleId).execute();
  const tables = [...new Set(values.tables)];
  const roles = [...new Set(values.roles)];
  if (tables.length > 0) {
    await trx
      .insertInto('rls_filter_tables')
      .values(tables.map((table_id) => ({ rls_filter_id: ruleId, table_id })))
      .execute();
  }
  if (roles.length > 0) {
    await trx
      .insertInto('rls_filter_roles')
      .values(roles.map((role_id) => ({ rls_filter_id: ruleId, role_id })))
      .execute();
  }
}

function ruleColumns(values: RlsRuleValues) {
  const { tables: _tables, roles: _roles, ...columns } = values;
  return columns;
}

/** Rules in `row_level_security_filters` with their links to datasets and roles. */
export const rlsRuleRepository = {
  /** A page of the rules matching the query, and how many match. */
  async list(db: Db, query: RlsListQuery): Promise<{ count: number; records: RlsRuleRecord[] }> {
    const matching = (eb: RuleEb) => eb.and(query.filters.map((f) => filterCondition(eb, f)));
    const counted = await db
      .selectFrom('row_level_security_filters as r')
      .where(matching)
      .select((eb) => eb.fn.countAll().as('total'))
      .executeTakeFirst();
    const rows = await withChangedBy(db)
      .where(matching)
      .orderBy(ORDER_COLUMNS[query.order_column], query.order_direction)
      .orderBy('r.id', query.order_direction)
      .limit(query.page_size)
      .offset(query.page * query.page_size)
      .execute();
    return { count: readCount(counted?.total), records: await withLinks(db, rows) };
  },

  /** One rule; throws `RlsRuleNotFoundError`. */
  async get(db: Db, id: number): Promise<RlsRuleRecord> {
    const row = await withChangedBy(db).where('r.id', '=', id).executeTakeFirst();
    if (!row) throw new RlsRuleNotFoundError(id);
    const [record] = await withLinks(db, [row]);
    if (!record) throw new RlsRuleNotFoundError(id);
    return record;
  },

  /** Throws `RlsRuleAlreadyExistsError` when another rule has this name. */
  async requireUniqueName(db: Db, name: string, exceptId?: number): Promise<void> {
    let query = db.selectFrom('row_level_security_filters').select('id').where('name', '=', name);
    if (exceptId !== undefined) query = query.where('id', '<>', exceptId);
    if (await query.executeTakeFirst()) throw new RlsRuleAlreadyExistsError(name);
  },

  /** Creates a rule and its links in one transaction; returns its id. */
  async insert(
    db: Db,
    dialect: MetadataDialect,
    values: RlsRuleValues,
    meta: { userId: number | null; now: Date },
  ): Promise<number> {
    return db
      .transaction()
      .execute(async (trx) => {
        const id = await insertReturningId(
          trx.insertInto('row_level_security_filters').values({
            ...ruleColumns(values),
            created_on: meta.now,
            changed_on: meta.now,
            created_by_fk: meta.userId,
            changed_by_fk: meta.userId,
          }),
          dialect,
        );
        await replaceLinks(trx, id, values);
        return id;
      })
      .catch((error: unknown) => {
        if (isUniqueViolation(error)) throw new RlsRuleAlreadyExistsError(values.name);
        throw error;
      });
  },

  /** Rewrites a rule and its links in one transaction; throws `RlsRuleNotFoundError`. */
  async update(
    db: Db,
    id: number,
    values: RlsRuleValues,
    meta: { userId: number | null; now: Date },
  ): Promise<void> {
    await db
      .transaction()
      .execute(async (trx) => {
        const result = await trx
          .updateTable('row_level_security_filters')
          .set({ ...ruleColumns(values), changed_on: meta.now, changed_by_fk: meta.userId })
          .where('id', '=', id)
          .executeTakeFirst();
        if (result.numUpdatedRows === 0n) throw new RlsRuleNotFoundError(id);
        await replaceLinks(trx, id, values);
      })
      .catch((error: unknown) => {
        if (isUniqueViolation(error)) throw new RlsRuleAlreadyExistsError(values.name);
        throw error;
      });
  },

  /** Deletes rules, all or nothing: a missing id deletes none and is named in the 404. */
  async delete(db: Db, ids: readonly number[]): Promise<void> {
    const unique = [...new Set(ids)];
    const found = await db
      .selectFrom('row_level_security_filters')
      .select('id')
      .where('id', 'in', unique)
      .execute();
    const present = new Set(found.map((row) => row.id));
    const missing = unique.find((id) => !present.has(id));
    if (missing !== undefined) throw new RlsRuleNotFoundError(missing);
    // The links go by their foreign keys' cascade.
    await db.deleteFrom('row_level_security_filters').where('id', 'in', unique).execute();
  },
};
