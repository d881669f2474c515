import { useQuery } from '@tanstack/react-query';
import { fetchCharts, type ChartListRequest } from '../../api/charts';
import { fetchDashboards, type DashboardListRequest } from '../../api/dashboards';
import { fetchRecentActivity } from '../../api/recent-activity';
import { chartItem, dashboardItem, newestFirst, viewedItems, type HomeItem } from './home-items';

/** How many rows each Recents tab shows. */
export const RECENTS_LIMIT = 8;

/** The Recents tabs: what the user opened, changed, and made. */
export type RecentsTab = 'viewed' | 'edited' | 'created';

const newest = { order_column: 'changed_on', order_direction: 'desc', page: 0 } as const;

async function fetchEdited(userId: number): Promise<HomeItem[]> {
  const charts: ChartListRequest = {
    ...newest,
    page_size: RECENTS_LIMIT,
    filters: [{ col: 'changed_by', opr: 'rel_o_m', value: userId }],
  };
  // The dashboards list cannot filter on who changed a dashboard: read the user's own, newest
  // first, and keep those they changed last.
  const dashboards: DashboardListRequest = {
    ...newest,
    page_size: 25,
    filters: [{ col: 'owners', opr: 'rel_m_m', value: userId }],
  };
  const [chartPage, dashboardPage] = await Promise.all([
    fetchCharts(charts),
    fetchDashboards(dashboards),
  ]);
  return newestFirst(
    [
      ...chartPage.result.map((chart) => chartItem(chart, chart.changed_on_delta_humanized)),
      ...dashboardPage.result
        .filter((dashboard) => dashboard.changed_by?.id === userId)
        .map((dashboard) => dashboardItem(dashboard, dashboard.changed_on_delta_humanized)),
    ],
    RECENTS_LIMIT,
  );
}

async function fetchCreated(userId: number): Promise<HomeItem[]> {
  const [chartPage, dashboardPage] = await Promise.all([
    fetchCharts({
      ...newest,
      page_size: RECENTS_LIMIT,
      filters: [{ col: 'created_by', opr: 'rel_o_m', value: userId }],
    }),
    fetchDashboards({
      ...newest,
      page_size: RECENTS_LIMIT,
      filters: [{ col: 'created_by', opr: 'rel_o_m', value: userId }],
    }),
  ]);
  return newestFirst(
    [
      ...chartPage.result.map((chart) => chartItem(chart, chart.created_on_delta_humanized)),
      ...dashboardPage.result.map((dashboard) =>
        dashboardItem(dashboard, dashboard.created_on_delta_humanized),
      ),
    ],
    RECENTS_LIMIT,
  );
}

async function fetchViewed(): Promise<HomeItem[]> {
  // Several log rows per item: read more than a tab shows.
  return viewedItems(await fetchRecentActivity(RECENTS_LIMIT * 6), RECENTS_LIMIT);
}

/** One Recents tab's rows, newest first. */
export function useRecents(tab: RecentsTab, userId: number) {
  return useQuery({
    queryKey: ['home', 'recents', tab, userId],
    queryFn: () => {
      switch (tab) {
        case 'viewed':
          return fetchViewed();
        case 'edited':
          return fetchEdited(userId);
        case 'created':
          return fetchCreated(userId);
      }
    },
  });
}
