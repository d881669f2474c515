import {
  parseRison,
  type ChartListItem,
  type DashboardListItem,
  type DatabaseListItem,
  type QueryHistoryItem,
  type RecentActivity,
  type SavedQuery,
} from '@superset-ts/shared';
import {
  mockApi,
  queryOf,
  type MockAnswer,
  type RecordedRequest,
} from '../../users/testing/mock-api';

/** What the home page's APIs hold for a test; everything is empty unless told. */
export interface HomeData {
  activity?: RecentActivity[];
  dashboards?: DashboardListItem[];
  charts?: ChartListItem[];
  favoriteDashboardIds?: number[];
  favoriteChartIds?: number[];
  savedQueries?: SavedQuery[];
  databases?: DatabaseListItem[];
  queries?: QueryHistoryItem[];
}

interface ListFilter {
  col: string;
  opr: string;
  value: unknown;
}

function filtersOf(request: RecordedRequest): ListFilter[] {
  const query = parseRison(queryOf(request)) as { filters?: ListFilter[] } | null;
  return query?.filters ?? [];
}

type Item = {
  id: number;
  slug?: string | null;
  owners: { id: number }[];
  created_by: { id: number } | null;
  changed_by: { id: number } | null;
};

/** The items matching the list filters the home page sends (favourite, owner, creator, slug). */
function matching<T extends Item>(
  items: T[],
  favorites: Set<number>,
  request: RecordedRequest,
): T[] {
  return filtersOf(request).reduce(
    (kept, filter) =>
      kept.filter((item) => {
        if (filter.opr.endsWith('_is_favorite')) return favorites.has(item.id) === filter.value;
        if (filter.col === 'owners') return item.owners.some((owner) => owner.id === filter.value);
        if (filter.col === 'created_by') return item.created_by?.id === filter.value;
        if (filter.col === 'changed_by') return item.changed_by?.id === filter.value;
        if (filter.col === 'slug') return item.slug === filter.value;
        return true;
      }),
    items,
  );
}

/** One page of `items`, as the request's `page` and `page_size` ask (all of them if not). */
function page<T extends { id: number }>(items: T[], request?: RecordedRequest): MockAnswer {
  const query = request
    ? (parseRison(queryOf(request)) as { page?: number; page_size?: number } | null)
    : null;
  const size = query?.page_size ?? items.length;
  const start = (query?.page ?? 0) * size;
  const shown = items.slice(start, start + size);
  return { body: { count: items.length, ids: shown.map((item) => item.id), result: shown } };
}

/**
 * The APIs the home page calls, answering from `data` (list filters applied);
 * `extra` adds or replaces routes, e.g. to make one fail.
 */
export function homeApi(data: HomeData = {}, extra: Parameters<typeof mockApi>[0] = {}) {
  const dashboards = data.dashboards ?? [];
  const charts = data.charts ?? [];
  const favoriteDashboards = new Set(data.favoriteDashboardIds ?? []);
  const favoriteCharts = new Set(data.favoriteChartIds ?? []);
  const favoriteStatus = (items: { id: number }[], favorites: Set<number>): MockAnswer => ({
    body: { result: items.map((item) => ({ id: item.id, value: favorites.has(item.id) })) },
  });
  return mockApi({
    'GET /api/v1/log/recent_activity/': () => ({ body: { result: data.activity ?? [] } }),
    'GET /api/v1/dashboard/': (request) =>
      page(matching(dashboards, favoriteDashboards, request), request),
    'GET /api/v1/dashboard/favorite_status/': () => favoriteStatus(dashboards, favoriteDashboards),
    'GET /api/v1/chart/': (request) => page(matching(charts, favoriteCharts, request), request),
    'GET /api/v1/chart/favorite_status/': () => favoriteStatus(charts, favoriteCharts),
    'GET /api/v1/saved_query/': () => page(data.savedQueries ?? []),
    'GET /api/v1/database/': () => page(data.databases ?? []),
    'GET /api/v1/query/': () => page(data.queries ?? []),
    ...extra,
  });
}
