import type { DashboardListItem, MyRoles } from '@superset-ts/shared';
import { buildMyRolesFor } from '../../../../testing/build-my-roles';
import { mockApi } from '../../../users/testing/mock-api';
import { buildDashboardItem } from './build-dashboard';

function rolesWithDashboards(canWrite: boolean): MyRoles {
  const pairs: [string, string][] = [['can_read', 'Dashboard']];
  if (canWrite) pairs.push(['can_write', 'Dashboard']);
  return buildMyRolesFor({ [canWrite ? 'Alpha' : 'Gamma']: pairs });
}

/**
 * The APIs the dashboards list calls: the list (`Sales` unless told), favourite status (none
 * starred unless `favoriteIds`), owners and the user's roles; `extra` adds or replaces routes.
 */
export function dashboardsApi(
  options: { canWrite?: boolean; dashboards?: DashboardListItem[]; favoriteIds?: number[] } = {},
  extra: Parameters<typeof mockApi>[0] = {},
) {
  const dashboards = options.dashboards ?? [buildDashboardItem()];
  const favorites = new Set(options.favoriteIds ?? []);
  return mockApi({
    'GET /api/v1/dashboard/': () => ({
      body: { count: dashboards.length, ids: dashboards.map((d) => d.id), result: dashboards },
    }),
    'GET /api/v1/dashboard/favorite_status/': () => ({
      body: { result: dashboards.map((d) => ({ id: d.id, value: favorites.has(d.id) })) },
    }),
    'GET /api/v1/dashboard/related/owners': () => ({
      body: { count: 1, result: [{ value: 1, text: 'Ada Admin' }] },
    }),
    'GET /api/v1/me/roles/': () => ({
      body: { result: rolesWithDashboards(options.canWrite ?? true) },
    }),
    ...extra,
  });
}
