import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { ChartListFilter } from '@superset-ts/shared';
import type { MetadataSchema, SlicesTable, TablesTable } from '../../db/index.js';
import { textFilter } from '../users/text-filter.js';

/** The scope of a chart query: the chart `s` and its dataset `t` (left-joined). */
export type ChartScope = ExpressionBuilder<
  MetadataSchema & { s: SlicesTable; t: TablesTable },
  's' | 't'
>;

const NOTHING = sql<SqlBool>`1 = 0`;
const EVERYTHING = sql<SqlBool>`1 = 1`;

/** Charts that `userId` marked as a favourite. */
export function favouriteOf(eb: ChartScope, userId: number | null): Expression<SqlBool> {
  if (userId === null) return NOTHING;
  return eb(
    's.id',
    'in',
    eb
      .selectFrom('favstar')
      .select('favstar.obj_id')
      .where('favstar.user_id', '=', userId)
      .where('favstar.class_name', '=', 'slice'),
  );
}

function ownedBy(eb: ChartScope, userId: number): Expression<SqlBool> {
  return eb(
    's.id',
    'in',
    eb
      .selectFrom('slice_user')
      .select('slice_user.slice_id')
      .where('slice_user.user_id', '=', userId),
  );
}

const text = (column: Expression<string | null>) => sql<string>`coalesce(${column}, '')`;

/**
 * One filter of the chart list as a condition, with Superset's custom filters
 * (ChartAllTextFilter, ChartFavoriteFilter, ChartCertifiedFilter, ChartCreatedByMeFilter, ...).
 * `userId` is the caller (null when anonymous, who has no favourites and created nothing).
 */
export function chartFilterCondition(
  eb: ChartScope,
  filter: ChartListFilter,
  userId: number | null,
): Expression<SqlBool> {
  switch (filter.col) {
    case 'slice_name':
      if (filter.opr === 'chart_all_text') {
        return eb.or(
          [
            eb.ref('s.slice_name'),
            eb.ref('s.description'),
            eb.ref('s.viz_type'),
            eb.ref('t.table_name'),
          ].map((column) => textFilter(text(column), 'ct', filter.value)),
        );
      }
      return textFilter(text(eb.ref('s.slice_name')), filter.opr, filter.value);
    case 'description':
      return textFilter(text(eb.ref('s.description')), filter.opr, filter.value);
    case 'viz_type':
      return textFilter(text(eb.ref('s.viz_type')), filter.opr, filter.value);
    case 'datasource_id':
      return eb('s.datasource_id', '=', filter.value);
    case 'datasource_type':
      return eb('s.datasource_type', '=', filter.value);
    case 'datasource_name':
      return textFilter(
        sql<string>`coalesce(${eb.ref('t.table_name')}, ${eb.ref('s.datasource_name')}, '')`,
        filter.opr,
        filter.value,
      );
    case 'owners':
      return ownedBy(eb, filter.value);
    case 'created_by':
      switch (filter.opr) {
        case 'rel_o_m':
          return eb('s.created_by_fk', '=', filter.value);
        case 'chart_has_created_by':
          return eb('s.created_by_fk', filter.value ? 'is not' : 'is', null);
        case 'chart_created_by_me':
          if (userId === null) return NOTHING;
          return eb.or([eb('s.created_by_fk', '=', userId), eb('s.changed_by_fk', '=', userId)]);
      }
      break;
    case 'changed_by':
      return eb('s.changed_by_fk', '=', filter.value);
    case 'dashboards':
      return eb(
        's.id',
        'in',
        eb
          .selectFrom('dashboard_slices')
          .select('dashboard_slices.slice_id')
          .where('dashboard_slices.dashboard_id', '=', filter.value),
      );
    case 'uuid':
      return eb('s.uuid', '=', filter.value);
    case 'id':
      switch (filter.opr) {
        case 'eq':
          return eb('s.id', '=', filter.value);
        case 'chart_is_favorite':
          return filter.value ? favouriteOf(eb, userId) : eb.not(favouriteOf(eb, userId));
        case 'chart_is_certified':
          return eb('s.certified_by', filter.value ? 'is not' : 'is', null);
        case 'chart_owned_created_favored_by_me':
          if (userId === null) return EVERYTHING;
          return eb.or([
            ownedBy(eb, userId),
            eb('s.created_by_fk', '=', userId),
            eb('s.changed_by_fk', '=', userId),
            favouriteOf(eb, userId),
          ]);
      }
  }
  return NOTHING;
}
