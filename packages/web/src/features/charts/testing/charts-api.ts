import type { ChartListItem, MyRoles } from '@superset-ts/shared';
import { buildMyRolesFor } from '../../../testing/build-my-roles';
import { buildDashboardItem } from '../../dashboards/list/testing/build-dashboard';
import { buildDatasetItem } from '../../datasets/testing/build-dataset';
import { mockApi } from '../../users/testing/mock-api';
import { buildChartItem } from './build-chart';

function rolesWithCharts(canWrite: boolean): MyRoles {
  const pairs: [string, string][] = [
    ['can_read', 'Chart'],
    ['can_read', 'Dataset'],
  ];
  if (canWrite) pairs.push(['can_write', 'Chart']);
  return buildMyRolesFor({ [canWrite ? 'Alpha' : 'Gamma']: pairs });
}

/**
 * The APIs the charts pages call: the chart list (`Orders per day` unless told), favourite
 * status (none starred unless `favoriteIds`), owners, the dataset `orders`, the dashboard
 * `Sales` and the user's roles; `extra` adds or replaces routes.
 */
export function chartsApi(
  options: { canWrite?: boolean; charts?: ChartListItem[]; favoriteIds?: number[] } = {},
  extra: Parameters<typeof mockApi>[0] = {},
) {
  const charts = options.charts ?? [buildChartItem()];
  const favorites = new Set(options.favoriteIds ?? []);
  const datasets = [buildDatasetItem()];
  const dashboards = [buildDashboardItem()];
  return mockApi({
    'GET /api/v1/chart/': () => ({
      body: { count: charts.length, ids: charts.map((c) => c.id), result: charts },
    }),
    'GET /api/v1/chart/favorite_status/': () => ({
      body: { result: charts.map((c) => ({ id: c.id, value: favorites.has(c.id) })) },
    }),
    'GET /api/v1/chart/related/owners': () => ({
      body: { count: 1, result: [{ value: 1, text: 'Ada Admin' }] },
    }),
    'GET /api/v1/dataset/': () => ({
      body: { count: datasets.length, ids: datasets.map((d) => d.id), result: datasets },
    }),
    'GET /api/v1/dashboard/': () => ({
      body: { count: dashboards.length, ids: dashboards.map((d) => d.id), result: dashboards },
    }),
    'GET /api/v1/me/roles/': () => ({
      body: { result: rolesWithCharts(options.canWrite ?? true) },
    }),
    ...extra,
  });
}
