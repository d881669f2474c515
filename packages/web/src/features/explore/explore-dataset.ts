/**
 * The dataset as Explore receives it in `GET /api/v1/explore/` (`result.dataset`, Superset's
 * `SqlaTable.data`): what the dataset panel lists and what the controls choose from. Only the
 * fields the web app reads are typed; the server sends more.
 */

/** A dataset column (physical or calculated). */
export interface ExploreColumn {
  id?: number;
  column_name: string;
  verbose_name?: string | null;
  description?: string | null;
  /** The SQL of a calculated column; empty for a physical one. */
  expression?: string | null;
  type?: string | null;
  /** 0 numeric, 1 string, 2 temporal, 3 boolean (Superset's `GenericDataType`), when known. */
  type_generic?: number | null;
  is_dttm: boolean;
  groupby?: boolean;
  filterable?: boolean;
  python_date_format?: string | null;
  is_certified?: boolean;
  certified_by?: string | null;
  warning_text?: string | null;
}

/** A saved metric of the dataset. */
export interface ExploreMetric {
  id?: number;
  metric_name: string;
  verbose_name?: string | null;
  description?: string | null;
  expression: string;
  d3format?: string | null;
  warning_text?: string | null;
  is_certified?: boolean;
  certified_by?: string | null;
}

/** `result.dataset` of `GET /api/v1/explore/`. */
export interface ExploreDataset {
  /** Absent for Superset's "[Missing Dataset]". */
  id?: number;
  /** `"<id>__table"`, the form data's `datasource`. */
  uid?: string;
  type: 'table';
  /** `schema.table_name`, as lists show it. */
  name: string;
  table_name?: string;
  schema?: string | null;
  description?: string | null;
  /** The SQL of a virtual dataset, null for a physical one. */
  sql?: string | null;
  main_dttm_col?: string | null;
  columns: ExploreColumn[];
  metrics: ExploreMetric[];
  /** Column and metric names -> verbose names. */
  verbose_map?: Record<string, string>;
  /** `[ISO duration, label]` of the time grains the database supports. */
  time_grain_sqla?: [string, string][];
  /** `[column, column]` of the temporal columns. */
  granularity_sqla?: [string, string][];
  column_formats?: Record<string, string>;
  database: { id: number; name?: string; backend?: string; allows_subquery?: boolean };
  owners?: { id: number; first_name?: string; last_name?: string }[];
}

/** `result` of `GET /api/v1/explore/`. */
export interface ExploreBootstrap {
  dataset: ExploreDataset;
  form_data: Record<string, unknown>;
  /** The saved chart, when Explore opened one (`slice_id`). */
  slice: {
    slice_id: number;
    slice_name: string;
    description?: string | null;
    cache_timeout?: number | null;
    certified_by?: string | null;
    certification_details?: string | null;
    owners?: number[];
    form_data?: Record<string, unknown>;
  } | null;
  message: string | null;
}

/** The name a column is shown with: its verbose name when it has one. */
export function columnLabel(column: ExploreColumn): string {
  return column.verbose_name || column.column_name;
}

/** The name a metric is shown with: its verbose name when it has one. */
export function metricLabel(metric: ExploreMetric): string {
  return metric.verbose_name || metric.metric_name;
}

/**
 * What charts need to know of the dataset inside their form data (Superset's hidden
 * `temporal_columns_lookup` control): which columns are temporal, so a time grain applies to
 * them when they are dimensions.
 */
export function datasetLookups(dataset: ExploreDataset): {
  temporal_columns_lookup: Record<string, boolean>;
} {
  return {
    temporal_columns_lookup: Object.fromEntries(
      dataset.columns.map((column) => [column.column_name, column.is_dttm]),
    ),
  };
}
