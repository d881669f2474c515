import { sql, type Expression, type ExpressionBuilder, type Kysely, type SqlBool } from 'kysely';
import type { ListFilter, UserListQuery } from '@superset-ts/shared';
import { readCount, type MetadataSchema } from '../../db/index.js';
import { textFilter } from './text-filter.js';

type Db = Kysely<MetadataSchema>;
type UserEb = ExpressionBuilder<MetadataSchema & { u: MetadataSchema['ab_user'] }, 'u'>;

function filterCondition(eb: UserEb, filter: ListFilter<UserFilterColumn>): Expression<SqlBool> {
  switch (filter.col) {
    case 'active':
      return eb('u.active', '=', Boolean(filter.value));
    case 'roles':
      return eb.exists(
        eb
          .selectFrom('ab_user_role as ur')
          .select('ur.id')
          .whereRef('ur.user_id', '=', 'u.id')
          .where('ur.role_id', '=', Number(filter.value)),
      );
    case 'username':
    case 'first_name':
    case 'last_name':
    case 'email':
      return textFilter(eb.ref(`u.${filter.col}`), filter.opr, String(filter.value));
  }
}

/** A column the users list filters on. */
export type UserFilterColumn = UserListQuery['filters'][number]['col'];

function filtered(db: Db, filters: readonly ListFilter<UserFilterColumn>[]) {
  return db
    .selectFrom('ab_user as u')
    .where((eb) => eb.and(filters.map((filter) => filterCondition(eb, filter))));
}

const NULLABLE_ORDER_COLUMNS = new Set(['last_login', 'created_on', 'changed_on']);

/**
 * One page of user ids matching the query, in its order (ties broken by id; empty dates
 * last on every backend), and how many users match in all.
 */
export async function findUserPage(
  db: Db,
  query: UserListQuery,
): Promise<{ count: number; ids: number[] }> {
  const countRow = await filtered(db, query.filters)
    .select((eb) => eb.fn.countAll().as('total'))
    .executeTakeFirst();
  const column = query.order_column;
  let page = filtered(db, query.filters).select('u.id');
  if (NULLABLE_ORDER_COLUMNS.has(column)) {
    page = page.orderBy(sql`case when ${sql.ref(`u.${column}`)} is null then 1 else 0 end`);
  }
  const rows = await page
    .orderBy(`u.${column}`, query.order_direction)
    .orderBy('u.id', 'asc')
    .limit(query.page_size)
    .offset(query.page * query.page_size)
    .execute();
  return { count: readCount(countRow?.total), ids: rows.map((row) => row.id) };
}
