import type { DashboardLayout, LayoutItem } from '@superset-ts/shared';
import { AppError } from '../../../errors/app-error.js';
import type {
  DashboardChartForData,
  DashboardChartsSource,
  DashboardForData,
} from '../dashboard-data.ports.js';

function node(id: string, type: LayoutItem['type'], children: string[], meta = {}): LayoutItem {
  return { id, type, children, meta };
}

/**
 * A layout with two tabs: `TAB-sales` holds the charts of `salesTab` (in a row), `TAB-other`
 * those of `otherTab`; `loose` charts sit on the grid outside the tabs.
 */
export function tabbedLayout(charts: {
  salesTab: number[];
  otherTab: number[];
  loose?: number[];
}): DashboardLayout {
  const chartNodes = (ids: number[]) =>
    ids.map((id) => node(`CHART-${id}`, 'CHART', [], { chartId: id }));
  const layout: DashboardLayout = {};
  for (const item of [
    node('ROOT_ID', 'ROOT', ['GRID_ID']),
    node('GRID_ID', 'GRID', ['TABS-1', ...(charts.loose ?? []).map((id) => `CHART-${id}`)]),
    node('TABS-1', 'TABS', ['TAB-sales', 'TAB-other']),
    node('TAB-sales', 'TAB', ['ROW-1'], { text: 'Sales' }),
    node(
      'ROW-1',
      'ROW',
      charts.salesTab.map((id) => `CHART-${id}`),
    ),
    node(
      'TAB-other',
      'TAB',
      charts.otherTab.map((id) => `CHART-${id}`),
      { text: 'Other' },
    ),
    ...chartNodes([...charts.salesTab, ...charts.otherTab, ...(charts.loose ?? [])]),
  ]) {
    layout[item.id] = item;
  }
  return layout;
}

/** A saved chart on dataset 7 with the given saved query context. */
export function chartFixture(
  id: number,
  queryContext: Record<string, unknown> | null,
  fields: Partial<DashboardChartForData> = {},
): DashboardChartForData {
  return {
    id,
    sliceName: `Chart ${id}`,
    vizType: 'table',
    datasourceId: 7,
    queryContext,
    cacheTimeout: null,
    ...fields,
  };
}

/** Dashboards held in memory, found by id or slug; any other is a 404. */
export function dashboardsInMemory(
  dashboards: (DashboardForData & { slug?: string })[],
): DashboardChartsSource {
  return {
    chartsForData(_actor, idOrSlug) {
      const found = dashboards.find(
        (dashboard) => String(dashboard.dashboardId) === idOrSlug || dashboard.slug === idOrSlug,
      );
      return found ? Promise.resolve(found) : Promise.reject(new AppError('RESOURCE_NOT_FOUND'));
    },
  };
}
