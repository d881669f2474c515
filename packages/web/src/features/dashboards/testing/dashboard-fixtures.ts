import type {
  Dashboard,
  DashboardChart,
  DashboardJsonMetadata,
  DashboardLayout,
  LayoutItem,
} from '@superset-ts/shared';
import type { LoadedDashboard } from '../dashboard-contracts';

/** A layout node. */
export function node(
  id: string,
  type: LayoutItem['type'],
  children: string[] = [],
  meta: LayoutItem['meta'] = {},
): LayoutItem {
  return { id, type, children, meta };
}

/** A CHART node of `chartId`, 4 columns wide and 50 units high unless told. */
export function chartNode(chartId: number, meta: LayoutItem['meta'] = {}): LayoutItem {
  return node(`CHART-${chartId}`, 'CHART', [], { chartId, width: 4, height: 50, ...meta });
}

/** A layout from its nodes (ROOT_ID must be one of them). */
export function layoutOf(...items: LayoutItem[]): DashboardLayout {
  return Object.fromEntries(items.map((item) => [item.id, item]));
}

/** A Big Number chart (draws its number as text, so tests can read it) on dataset 10. */
export function bigNumberChart(id: number, name = `Chart ${id}`): DashboardChart {
  return {
    id,
    slice_name: name,
    viz_type: 'big_number_total',
    form_data: { datasource: '10__table', viz_type: 'big_number_total', metric: 'count' },
    description: null,
    description_markeddown: null,
    cache_timeout: null,
    certified_by: null,
    certification_details: null,
    changed_on: null,
    is_managed_externally: false,
    datasource_id: 10,
    datasource_type: 'table',
  };
}

/** A dashboard row as the API gives it. */
export function dashboardRow(overrides: Partial<Dashboard> = {}): Dashboard {
  return {
    id: 7,
    uuid: '00000000-0000-0000-0000-000000000007',
    slug: 'sales',
    url: '/superset/dashboard/sales/',
    dashboard_title: 'Sales',
    thumbnail_url: null,
    published: true,
    css: null,
    json_metadata: null,
    position_json: null,
    certified_by: null,
    certification_details: null,
    changed_by_name: 'admin',
    changed_by: null,
    changed_on: null,
    changed_on_delta_humanized: 'now',
    created_by: null,
    created_on_delta_humanized: 'now',
    charts: [],
    owners: [{ id: 1, first_name: 'Ada', last_name: 'Admin' }],
    roles: [],
    tags: [],
    is_managed_externally: false,
    external_url: null,
    ...overrides,
  };
}

/** Two tabs: "Sales" holds charts 1 and 2 in a row, "People" chart 3. */
export function twoTabLayout(): DashboardLayout {
  return layoutOf(
    node('ROOT_ID', 'ROOT', ['GRID_ID']),
    node('GRID_ID', 'GRID', ['TABS-1']),
    node('TABS-1', 'TABS', ['TAB-A', 'TAB-B']),
    node('TAB-A', 'TAB', ['ROW-A'], { text: 'Sales' }),
    node('TAB-B', 'TAB', ['ROW-B'], { text: 'People' }),
    node('ROW-A', 'ROW', ['CHART-1', 'CHART-2']),
    node('ROW-B', 'ROW', ['CHART-3']),
    chartNode(1),
    chartNode(2),
    chartNode(3),
  );
}

/** A loaded dashboard: charts 1-3 (Revenue, Orders, Staff) on two tabs, unless told. */
export function loadedDashboard(
  overrides: {
    layout?: DashboardLayout;
    metadata?: DashboardJsonMetadata;
    charts?: DashboardChart[];
  } = {},
): LoadedDashboard {
  return {
    dashboard: dashboardRow(),
    layout: overrides.layout ?? twoTabLayout(),
    metadata: overrides.metadata ?? {},
    charts: overrides.charts ?? [
      bigNumberChart(1, 'Revenue'),
      bigNumberChart(2, 'Orders'),
      bigNumberChart(3, 'Staff'),
    ],
  };
}
