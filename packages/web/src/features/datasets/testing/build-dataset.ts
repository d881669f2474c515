import type {
  DatasetColumn,
  DatasetDetail,
  DatasetListItem,
  DatasetMetric,
} from '@superset-ts/shared';

const ADA = { id: 1, first_name: 'Ada', last_name: 'Admin' };

/** A dataset as the list shows it: `orders`, physical, on Warehouse. */
export function buildDatasetItem(overrides: Partial<DatasetListItem> = {}): DatasetListItem {
  return {
    id: 11,
    uuid: '00000000-0000-4000-8000-000000000011',
    table_name: 'orders',
    kind: 'physical',
    datasource_type: 'table',
    database: { id: 1, database_name: 'Warehouse', uuid: '00000000-0000-4000-8000-000000000001' },
    catalog: null,
    schema: 'public',
    sql: null,
    description: null,
    default_endpoint: null,
    explore_url: '/explore/?datasource_type=table&datasource_id=11',
    extra: null,
    owners: [ADA],
    changed_by: ADA,
    changed_by_name: 'Ada Admin',
    changed_on: '2026-01-01T00:00:00',
    changed_on_utc: '2026-01-01T00:00:00+00:00',
    changed_on_delta_humanized: '2 days ago',
    ...overrides,
  };
}

/** A column of the detail. */
export function buildColumn(overrides: Partial<DatasetColumn> = {}): DatasetColumn {
  return {
    id: 101,
    uuid: '00000000-0000-4000-8000-000000000101',
    column_name: 'amount',
    verbose_name: null,
    description: null,
    expression: null,
    filterable: true,
    groupby: true,
    is_active: true,
    is_dttm: false,
    python_date_format: null,
    type: 'NUMERIC',
    type_generic: 0,
    advanced_data_type: null,
    extra: null,
    created_on: null,
    changed_on: null,
    ...overrides,
  };
}

/** A metric of the detail. */
export function buildMetric(overrides: Partial<DatasetMetric> = {}): DatasetMetric {
  return {
    id: 201,
    uuid: '00000000-0000-4000-8000-000000000201',
    metric_name: 'count',
    verbose_name: 'COUNT(*)',
    description: null,
    expression: 'COUNT(*)',
    metric_type: 'count',
    d3format: null,
    currency: null,
    warning_text: null,
    extra: null,
    certified_by: null,
    certification_details: null,
    warning_markdown: null,
    created_on: null,
    changed_on: null,
    ...overrides,
  };
}

/** `orders` as `GET /api/v1/dataset/11` shows it: two columns, one a calculated one, a metric. */
export function buildDatasetDetail(overrides: Partial<DatasetDetail> = {}): DatasetDetail {
  return {
    id: 11,
    uuid: '00000000-0000-4000-8000-000000000011',
    uid: '11__table',
    table_name: 'orders',
    datasource_name: 'orders',
    name: 'public.orders',
    kind: 'physical',
    datasource_type: 'table',
    database: {
      id: 1,
      database_name: 'Warehouse',
      uuid: '00000000-0000-4000-8000-000000000001',
      backend: 'postgresql',
      allow_multi_catalog: false,
    },
    catalog: null,
    schema: 'public',
    sql: null,
    filter_select_enabled: true,
    fetch_values_predicate: null,
    description: null,
    main_dttm_col: 'created_at',
    normalize_columns: false,
    always_filter_main_dttm: false,
    offset: 0,
    default_endpoint: null,
    cache_timeout: null,
    is_sqllab_view: false,
    template_params: null,
    extra: {},
    select_star: 'SELECT * FROM public.orders LIMIT 100',
    url: '/explore/?datasource_type=table&datasource_id=11',
    owners: [ADA],
    columns: [
      buildColumn(),
      buildColumn({
        id: 102,
        column_name: 'created_at',
        type: 'TIMESTAMP',
        type_generic: 2,
        is_dttm: true,
      }),
      buildColumn({ id: 103, column_name: 'double_amount', expression: 'amount * 2', type: null }),
    ],
    metrics: [buildMetric()],
    verbose_map: {},
    column_formats: {},
    is_managed_externally: false,
    external_url: null,
    created_on: null,
    created_on_humanized: '3 days ago',
    created_by: ADA,
    changed_on: null,
    changed_on_humanized: '2 days ago',
    changed_by: ADA,
    ...overrides,
  };
}
