import type { ChartListItem, DashboardListItem, RecentActivity } from '@superset-ts/shared';
import { dashboardPageUrl } from '../dashboards/list/DashboardsTable';

/** A dashboard or chart as the Recents tabs list it: what it is, where it opens, when. */
export interface HomeItem {
  key: string;
  kind: 'dashboard' | 'chart';
  title: string;
  url: string;
  /** "3 days ago". */
  timeAgo: string;
  /** For ordering dashboards and charts together, newest first. */
  time: number;
}

function timeOf(utc: string | null): number {
  const time = utc === null ? NaN : Date.parse(utc);
  return Number.isNaN(time) ? 0 : time;
}

/** A dashboard as a Recents row; `timeAgo` is when it was changed or created. */
export function dashboardItem(dashboard: DashboardListItem, timeAgo: string): HomeItem {
  return {
    key: `dashboard-${dashboard.id}`,
    kind: 'dashboard',
    title: dashboard.dashboard_title,
    url: dashboardPageUrl(dashboard),
    timeAgo,
    time: timeOf(dashboard.changed_on_utc),
  };
}

/** A chart as a Recents row; `timeAgo` is when it was changed or created. */
export function chartItem(chart: ChartListItem, timeAgo: string): HomeItem {
  return {
    key: `chart-${chart.id}`,
    kind: 'chart',
    title: chart.slice_name,
    url: chart.url,
    timeAgo,
    time: chart.changed_on_dttm ?? timeOf(chart.changed_on_utc),
  };
}

/** Dashboards and charts together, newest first, at most `limit`. */
export function newestFirst(items: readonly HomeItem[], limit: number): HomeItem[] {
  return [...items].sort((a, b) => b.time - a.time).slice(0, limit);
}

/**
 * The dashboards and charts the user viewed, newest first: the latest action on each item
 * (the log has a row per action, e.g. opening a dashboard and reading its charts).
 */
export function viewedItems(activity: readonly RecentActivity[], limit: number): HomeItem[] {
  const seen = new Set<string>();
  const items: HomeItem[] = [];
  for (const row of activity) {
    if (!row.item_url || !row.item_type || seen.has(row.item_url)) continue;
    seen.add(row.item_url);
    const kind = row.item_type === 'dashboard' ? 'dashboard' : 'chart';
    items.push({
      key: row.item_url,
      kind,
      title: row.item_title ?? `Untitled ${kind}`,
      url: row.item_url,
      timeAgo: row.time_delta_humanized,
      time: row.time,
    });
  }
  return items.slice(0, limit);
}
