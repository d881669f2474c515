import { sql, type Expression, type SqlBool } from 'kysely';
import type { DashboardListFilter } from '@superset-ts/shared';
import { textFilter } from '../users/text-filter.js';
import type { DashboardScope } from './dashboard-access.js';

/** Superset's FavStar `class_name` of a dashboard. */
export const DASHBOARD_FAVORITE_CLASS = 'Dashboard';

const NOTHING = sql<SqlBool>`1 = 0`;

function favouriteOf(eb: DashboardScope, userId: number | null): Expression<SqlBool> {
  if (userId === null) return NOTHING;
  return eb(
    'd.id',
    'in',
    eb
      .selectFrom('favstar')
      .select('favstar.obj_id')
      .where('favstar.user_id', '=', userId)
      .where('favstar.class_name', '=', DASHBOARD_FAVORITE_CLASS),
  );
}

const text = (column: Expression<string | null>) => sql<string>`coalesce(${column}, '')`;

/**
 * One filter of the dashboard list as a condition, with Superset's custom filters
 * (DashboardTitleOrSlugFilter, DashboardFavoriteFilter, DashboardCertifiedFilter,
 * DashboardCreatedByMeFilter). `userId` is the caller (null when anonymous).
 */
export function dashboardFilterCondition(
  eb: DashboardScope,
  filter: DashboardListFilter,
  userId: number | null,
): Expression<SqlBool> {
  switch (filter.col) {
    case 'dashboard_title':
      if (filter.opr === 'title_or_slug') {
        return eb.or([
          textFilter(text(eb.ref('d.dashboard_title')), 'ct', filter.value),
          textFilter(text(eb.ref('d.slug')), 'ct', filter.value),
        ]);
      }
      return textFilter(text(eb.ref('d.dashboard_title')), filter.opr, filter.value);
    case 'slug':
      return eb('d.slug', '=', filter.value);
    case 'published':
      return eb('d.published', '=', filter.value);
    case 'owners':
      return eb(
        'd.id',
        'in',
        eb
          .selectFrom('dashboard_user')
          .select('dashboard_user.dashboard_id')
          .where('dashboard_user.user_id', '=', filter.value),
      );
    case 'created_by':
      if (filter.opr === 'rel_o_m') return eb('d.created_by_fk', '=', filter.value);
      if (userId === null) return NOTHING;
      return eb.or([eb('d.created_by_fk', '=', userId), eb('d.changed_by_fk', '=', userId)]);
    case 'id':
      if (filter.opr === 'dashboard_is_favorite') {
        return filter.value ? favouriteOf(eb, userId) : eb.not(favouriteOf(eb, userId));
      }
      return eb('d.certified_by', filter.value ? 'is not' : 'is', null);
  }
}
