/** A user named on a dataset (owner, creator, last editor). */
export interface DatasetUserRef {
  id: number;
  first_name: string;
  last_name: string;
}

/** A `tables` row as the domain reads it, with its database's name and backend URL. */
export interface DatasetRecord {
  id: number;
  uuid: string;
  table_name: string;
  database_id: number;
  database_name: string;
  database_uuid: string;
  /** The database's masked SQLAlchemy URL, to find its engine. */
  database_uri: string;
  catalog: string | null;
  schema: string | null;
  sql: string | null;
  main_dttm_col: string | null;
  default_endpoint: string | null;
  offset: number;
  description: string | null;
  is_featured: boolean;
  cache_timeout: number | null;
  params: string | null;
  perm: string | null;
  schema_perm: string | null;
  catalog_perm: string | null;
  filter_select_enabled: boolean;
  fetch_values_predicate: string | null;
  is_sqllab_view: boolean;
  template_params: string | null;
  extra: string | null;
  normalize_columns: boolean;
  always_filter_main_dttm: boolean;
  is_managed_externally: boolean;
  external_url: string | null;
  created_on: Date | null;
  changed_on: Date | null;
  created_by: DatasetUserRef | null;
  changed_by: DatasetUserRef | null;
}

/** A `table_columns` row, booleans and timestamps read. */
export interface ColumnRecord {
  id: number;
  uuid: string;
  column_name: string;
  verbose_name: string | null;
  is_active: boolean;
  type: string | null;
  advanced_data_type: string | null;
  groupby: boolean;
  filterable: boolean;
  description: string | null;
  is_dttm: boolean;
  expression: string | null;
  python_date_format: string | null;
  extra: string | null;
  created_on: Date | null;
  changed_on: Date | null;
}

/** A `sql_metrics` row, timestamps read. */
export interface MetricRecord {
  id: number;
  uuid: string;
  metric_name: string;
  verbose_name: string | null;
  metric_type: string | null;
  description: string | null;
  d3format: string | null;
  currency: string | null;
  warning_text: string | null;
  expression: string;
  extra: string | null;
  created_on: Date | null;
  changed_on: Date | null;
}

/** A dataset with everything that hangs off it. */
export interface DatasetAggregate {
  dataset: DatasetRecord;
  columns: ColumnRecord[];
  metrics: MetricRecord[];
  owners: DatasetUserRef[];
}

/** The columns of a column row a write sets (id, uuid and audit columns apart). */
export type ColumnValues = Omit<ColumnRecord, 'id' | 'uuid' | 'created_on' | 'changed_on'> & {
  /** Kept from the row being replaced, or a new one. */
  uuid?: string;
};

/** The columns of a metric row a write sets (id, uuid and audit columns apart). */
export type MetricValues = Omit<MetricRecord, 'id' | 'uuid' | 'created_on' | 'changed_on'> & {
  uuid?: string;
};

/** The `tables` columns a create or an update writes. */
export interface DatasetValues {
  table_name: string;
  database_id: number;
  catalog: string | null;
  schema: string | null;
  sql: string | null;
  main_dttm_col: string | null;
  default_endpoint: string | null;
  offset: number;
  description: string | null;
  cache_timeout: number | null;
  filter_select_enabled: boolean;
  fetch_values_predicate: string | null;
  is_sqllab_view: boolean;
  template_params: string | null;
  extra: string | null;
  normalize_columns: boolean;
  always_filter_main_dttm: boolean;
  is_managed_externally: boolean;
  external_url: string | null;
  perm: string | null;
  schema_perm: string | null;
  catalog_perm: string | null;
}

/**
 * Which datasets a caller may see (and read the data of): all of them, or those matching any
 * of the granted databases, schema and catalog view menus, and datasets.
 */
export type DatasetVisibility =
  | { kind: 'all' }
  | {
      kind: 'some';
      databaseIds: readonly number[];
      datasetIds: readonly number[];
      schemaPerms: readonly string[];
      catalogPerms: readonly string[];
    };
