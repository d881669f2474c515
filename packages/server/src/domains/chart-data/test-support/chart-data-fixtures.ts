import { GenericDataType } from '@superset-ts/shared';
import type {
  QueryDataset,
  QueryDatasetColumn,
  QueryDatasetMetric,
} from '../../../query-engine/query-dataset.js';

function column(
  name: string,
  type: string,
  generic: GenericDataType,
  extra: Partial<QueryDatasetColumn> = {},
): QueryDatasetColumn {
  return {
    column_name: name,
    type,
    type_generic: generic,
    is_dttm: generic === GenericDataType.TEMPORAL,
    groupby: true,
    filterable: true,
    expression: null,
    python_date_format: null,
    verbose_name: null,
    advanced_data_type: null,
    ...extra,
  };
}

/** Columns of the `sales` fixture: ds (timestamp), region (text), amount (numeric). */
export const SALES_COLUMNS: readonly QueryDatasetColumn[] = [
  column('ds', 'TIMESTAMP WITHOUT TIME ZONE', GenericDataType.TEMPORAL),
  column('region', 'VARCHAR(20)', GenericDataType.STRING),
  column('amount', 'NUMERIC(10,2)', GenericDataType.NUMERIC),
];

/** A `sales` dataset (id 7, database 1) with the given changes. */
export function datasetFixture(options: {
  id?: number;
  databaseId?: number;
  sql?: string | null;
  schema?: string | null;
  tableName?: string;
  cacheTimeout?: number | null;
  extraColumns?: Partial<QueryDatasetColumn>[];
  metrics?: Partial<QueryDatasetMetric>[];
}): QueryDataset {
  return {
    id: options.id ?? 7,
    uuid: '00000000-0000-4000-8000-000000000007',
    database_id: options.databaseId ?? 1,
    catalog: null,
    schema: options.schema ?? null,
    table_name: options.tableName ?? 'sales',
    sql: options.sql ?? null,
    main_dttm_col: 'ds',
    always_filter_main_dttm: false,
    offset: 0,
    cache_timeout: options.cacheTimeout ?? null,
    fetch_values_predicate: null,
    template_params: {},
    extra: {},
    columns: [
      ...SALES_COLUMNS,
      ...(options.extraColumns ?? []).map((extra) =>
        column(
          extra.column_name ?? 'extra',
          extra.type ?? 'VARCHAR',
          GenericDataType.STRING,
          extra,
        ),
      ),
    ],
    metrics: (options.metrics ?? [{ metric_name: 'count', expression: 'COUNT(*)' }]).map(
      (metric) => ({
        metric_name: metric.metric_name ?? 'count',
        expression: metric.expression ?? 'COUNT(*)',
        verbose_name: null,
        d3format: null,
        warning_text: null,
        ...metric,
      }),
    ),
    changed_on: '2024-01-01T00:00:00.000Z',
    perm: '[db].[sales](id:7)',
    schema_perm: null,
    catalog_perm: null,
  };
}
