import type { GenericDataType } from '@superset-ts/shared';

/**
 * What the query engine needs of a dataset: the contract between the datasets domain (which
 * loads it from `tables`, `table_columns` and `sql_metrics`) and the SQL builder. Plain data,
 * no behaviour, so builders can be tested with literal datasets.
 */
export interface QueryDatasetColumn {
  column_name: string;
  /** The database's own type name, e.g. `VARCHAR(255)`; null when unknown. */
  type: string | null;
  /** The generic type derived from `type` by the engine's dialect; null when unknown. */
  type_generic: GenericDataType | null;
  is_dttm: boolean;
  groupby: boolean;
  filterable: boolean;
  /** SQL of a calculated column; null or empty for a physical column. */
  expression: string | null;
  /** `%Y-%m-%d`-style format of a string time column, or `epoch_s` / `epoch_ms`. */
  python_date_format: string | null;
  verbose_name: string | null;
  advanced_data_type: string | null;
}

export interface QueryDatasetMetric {
  metric_name: string;
  /** Aggregate SQL, e.g. `SUM(num)`. */
  expression: string;
  verbose_name: string | null;
  d3format: string | null;
  warning_text: string | null;
}

export interface QueryDataset {
  id: number;
  uuid: string;
  database_id: number;
  catalog: string | null;
  schema: string | null;
  table_name: string;
  /** Non-empty for a virtual dataset: wrapped as a subquery (Jinja allowed). */
  sql: string | null;
  main_dttm_col: string | null;
  always_filter_main_dttm: boolean;
  /** Hours added to timestamps read from this dataset. */
  offset: number;
  cache_timeout: number | null;
  fetch_values_predicate: string | null;
  /** Default Jinja parameters (the dataset's `template_params` JSON), parsed. */
  template_params: Record<string, unknown>;
  extra: Record<string, unknown>;
  columns: readonly QueryDatasetColumn[];
  metrics: readonly QueryDatasetMetric[];
  /** `changed_on` as an ISO string: part of the cache key, so an edit invalidates results. */
  changed_on: string | null;
  /** `[db].[table](id:N)`, the view menu of its `datasource_access` permission. */
  perm: string | null;
  schema_perm: string | null;
  catalog_perm: string | null;
}
