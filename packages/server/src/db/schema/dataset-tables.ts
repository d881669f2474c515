import type { DefaultedBooleanColumn, IdColumn, NullableTimestampColumn } from './column-types.js';

/**
 * `table_columns`: one column of a dataset (migration 0009), physical (read from the source)
 * or calculated (`expression` set). Unique per dataset by `column_name`.
 */
export interface TableColumnsTable {
  id: IdColumn;
  uuid: string;
  created_on: NullableTimestampColumn;
  changed_on: NullableTimestampColumn;
  created_by_fk: number | null;
  changed_by_fk: number | null;
  table_id: number;
  column_name: string;
  verbose_name: string | null;
  is_active: DefaultedBooleanColumn;
  type: string | null;
  advanced_data_type: string | null;
  groupby: DefaultedBooleanColumn;
  filterable: DefaultedBooleanColumn;
  description: string | null;
  is_dttm: DefaultedBooleanColumn;
  expression: string | null;
  python_date_format: string | null;
  /** JSON text: certification, warning_markdown. */
  extra: string | null;
}

/** `sql_metrics`: one aggregate of a dataset (migration 0009), unique per dataset by name. */
export interface SqlMetricsTable {
  id: IdColumn;
  uuid: string;
  created_on: NullableTimestampColumn;
  changed_on: NullableTimestampColumn;
  created_by_fk: number | null;
  changed_by_fk: number | null;
  table_id: number;
  metric_name: string;
  verbose_name: string | null;
  metric_type: string | null;
  description: string | null;
  d3format: string | null;
  /** JSON text `{symbol, symbolPosition}`. */
  currency: string | null;
  warning_text: string | null;
  expression: string;
  /** JSON text: certification, warning_markdown. */
  extra: string | null;
}

/** `sqlatable_user`: the owners of a dataset (migration 0009). */
export interface SqlatableUserTable {
  id: IdColumn;
  user_id: number;
  table_id: number;
}

/** A dataset's columns, metrics and owners (migration 0009). */
export interface DatasetSchema {
  table_columns: TableColumnsTable;
  sql_metrics: SqlMetricsTable;
  sqlatable_user: SqlatableUserTable;
}
