import type {
  Dashboard,
  DashboardChart,
  DashboardJsonMetadata,
  DashboardLayout,
  LayoutItem,
  NativeFilter,
} from '@superset-ts/shared';
import type { LoadedDashboard } from '../../dashboard-contracts';

function item(
  id: string,
  type: LayoutItem['type'],
  children: string[],
  meta: LayoutItem['meta'] = {},
): LayoutItem {
  return { id, type, children, meta };
}

/**
 * A layout with two tabs: tab A holds charts 1 and 2 (dataset 10), tab B holds chart 3
 * (dataset 20).
 */
export function twoTabLayout(): DashboardLayout {
  return {
    ROOT_ID: item('ROOT_ID', 'ROOT', ['TABS-1']),
    'TABS-1': item('TABS-1', 'TABS', ['TAB-A', 'TAB-B']),
    'TAB-A': item('TAB-A', 'TAB', ['ROW-A'], { text: 'Sales' }),
    'TAB-B': item('TAB-B', 'TAB', ['ROW-B'], { text: 'People' }),
    'ROW-A': item('ROW-A', 'ROW', ['CHART-1', 'CHART-2']),
    'ROW-B': item('ROW-B', 'ROW', ['CHART-3']),
    'CHART-1': item('CHART-1', 'CHART', [], { chartId: 1, width: 4, height: 50 }),
    'CHART-2': item('CHART-2', 'CHART', [], { chartId: 2, width: 4, height: 50 }),
    'CHART-3': item('CHART-3', 'CHART', [], { chartId: 3, width: 4, height: 50 }),
  };
}

/** A dashboard chart on a dataset. */
export function dashboardChart(
  id: number,
  datasetId: number,
  name = `Chart ${id}`,
): DashboardChart {
  return {
    id,
    slice_name: name,
    viz_type: 'table',
    form_data: { datasource: `${datasetId}__table`, viz_type: 'table' },
    description: null,
    description_markeddown: null,
    cache_timeout: null,
    certified_by: null,
    certification_details: null,
    changed_on: null,
    is_managed_externally: false,
    datasource_id: datasetId,
    datasource_type: 'table',
  };
}

/** A native filter with Superset's defaults, changed by `overrides`. */
export function nativeFilter(overrides: Partial<NativeFilter> & { id: string }): NativeFilter {
  return {
    type: 'NATIVE_FILTER',
    name: overrides.id,
    filterType: 'filter_select',
    targets: [{ datasetId: 10, column: { name: 'region' } }],
    controlValues: { multiSelect: true },
    cascadeParentIds: [],
    scope: { rootPath: ['ROOT_ID'], excluded: [] },
    ...overrides,
  };
}

/** A dashboard row as the API gives it. */
export function dashboardRow(overrides: Partial<Dashboard> = {}): Dashboard {
  return {
    id: 7,
    uuid: '00000000-0000-0000-0000-000000000007',
    slug: null,
    url: '/superset/dashboard/7/',
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
    owners: [],
    roles: [],
    tags: [],
    is_managed_externally: false,
    external_url: null,
    ...overrides,
  };
}

/** The two-tab dashboard (charts 1, 2 on dataset 10; chart 3 on dataset 20) with metadata. */
export function loadedDashboard(metadata: DashboardJsonMetadata = {}): LoadedDashboard {
  return {
    dashboard: dashboardRow(),
    layout: twoTabLayout(),
    metadata,
    charts: [
      dashboardChart(1, 10, 'Revenue'),
      dashboardChart(2, 10, 'Orders'),
      dashboardChart(3, 20, 'Staff'),
    ],
  };
}
