import type { ChartListItem } from '@superset-ts/shared';

const ADA = { id: 1, first_name: 'Ada', last_name: 'Admin' };

/** A chart as the list shows it: "Orders per day", a pie on `public.orders` (dataset 11). */
export function buildChartItem(overrides: Partial<ChartListItem> = {}): ChartListItem {
  const id = overrides.id ?? 5;
  return {
    id,
    uuid: `00000000-0000-4000-8000-${String(id).padStart(12, '0')}`,
    slice_name: 'Orders per day',
    viz_type: 'pie',
    description: null,
    params: '{}',
    cache_timeout: null,
    certified_by: null,
    certification_details: null,
    changed_on_delta_humanized: '2 days ago',
    is_managed_externally: false,
    owners: [ADA],
    dashboards: [],
    tags: [],
    datasource_id: 11,
    datasource_type: 'table',
    datasource_name_text: 'public.orders',
    datasource_url: '/explore/?datasource_type=table&datasource_id=11',
    url: `/explore/?slice_id=${id}`,
    thumbnail_url: null,
    changed_by: ADA,
    changed_by_name: 'Ada Admin',
    changed_on_dttm: 1767225600000,
    changed_on_utc: '2026-01-01T00:00:00.000Z',
    created_by: ADA,
    created_by_name: 'Ada Admin',
    created_on_delta_humanized: '2 days ago',
    edit_url: `/chart/edit/${id}`,
    form_data: {},
    last_saved_at: null,
    last_saved_by: null,
    slice_url: `/explore/?slice_id=${id}`,
    table: { default_endpoint: null, table_name: 'orders' },
    ...overrides,
  };
}
