import type {
  DatasetColumn,
  DatasetColumnInput,
  DatasetDetail,
  DatasetMetric,
  DatasetMetricInput,
  DatasetUpdate,
} from '@superset-ts/shared';

/** A column as the editor holds it; `key` identifies rows that have no id yet. */
export interface ColumnDraft {
  key: string;
  id?: number;
  column_name: string;
  type: string;
  verbose_name: string;
  description: string;
  /** Set on calculated columns (their SQL), empty on the source's columns. */
  expression: string;
  /** Whether the row belongs to the Calculated columns tab (fixed when the row is made). */
  isCalculatedRow: boolean;
  is_dttm: boolean;
  groupby: boolean;
  filterable: boolean;
  python_date_format: string;
}

/** A metric as the editor holds it. */
export interface MetricDraft {
  key: string;
  id?: number;
  metric_name: string;
  verbose_name: string;
  expression: string;
  d3format: string;
  description: string;
  warning_text: string;
  certified_by: string;
  certification_details: string;
  /** The stored `extra` minus the certification, which the fields above hold. */
  extraRest: Record<string, unknown>;
}

/** Everything the edit dialog changes, as text fields hold it. */
export interface DatasetDraft {
  table_name: string;
  schema: string;
  /** Null for a physical dataset. */
  sql: string | null;
  description: string;
  main_dttm_col: string | null;
  cache_timeout: number | null;
  offset: number;
  fetch_values_predicate: string;
  filter_select_enabled: boolean;
  normalize_columns: boolean;
  always_filter_main_dttm: boolean;
  default_endpoint: string;
  template_params: string;
  owners: number[];
  certified_by: string;
  certification_details: string;
  /** `extra` minus the certification, as JSON text. */
  extraText: string;
  columns: ColumnDraft[];
  metrics: MetricDraft[];
}

let nextKey = 0;

/** A key for a row added in the editor. */
export function newRowKey(): string {
  nextKey += 1;
  return `new-${nextKey}`;
}

function objectOf(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

function parseObject(text: string | null): Record<string, unknown> {
  if (!text) return {};
  try {
    return objectOf(JSON.parse(text));
  } catch {
    return {};
  }
}

function withoutCertification(extra: Record<string, unknown>): Record<string, unknown> {
  const { certification: _certification, ...rest } = extra;
  return rest;
}

function certificationOf(extra: Record<string, unknown>): { by: string; details: string } {
  const certification = objectOf(extra.certification);
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  return { by: text(certification.certified_by), details: text(certification.details) };
}

/** A stored column as an editable row. */
export function toColumnDraft(column: DatasetColumn): ColumnDraft {
  return {
    key: `column-${column.id}`,
    id: column.id,
    column_name: column.column_name,
    type: column.type ?? '',
    verbose_name: column.verbose_name ?? '',
    description: column.description ?? '',
    expression: column.expression ?? '',
    isCalculatedRow: (column.expression ?? '').trim() !== '',
    is_dttm: column.is_dttm,
    groupby: column.groupby,
    filterable: column.filterable,
    python_date_format: column.python_date_format ?? '',
  };
}

/** A stored metric as an editable row. */
export function toMetricDraft(metric: DatasetMetric): MetricDraft {
  const extra = parseObject(metric.extra);
  return {
    key: `metric-${metric.id}`,
    id: metric.id,
    metric_name: metric.metric_name,
    verbose_name: metric.verbose_name ?? '',
    expression: metric.expression,
    d3format: metric.d3format ?? '',
    description: metric.description ?? '',
    warning_text: metric.warning_text ?? '',
    certified_by: metric.certified_by ?? certificationOf(extra).by,
    certification_details: metric.certification_details ?? certificationOf(extra).details,
    extraRest: withoutCertification(extra),
  };
}

/** An empty calculated column, as "+ Add item" creates it. */
export function newCalculatedColumn(): ColumnDraft {
  return {
    key: newRowKey(),
    column_name: '',
    type: '',
    verbose_name: '',
    description: '',
    expression: '',
    isCalculatedRow: true,
    is_dttm: false,
    groupby: true,
    filterable: true,
    python_date_format: '',
  };
}

/** An empty metric. */
export function newMetric(): MetricDraft {
  return {
    key: newRowKey(),
    metric_name: '',
    verbose_name: '',
    expression: '',
    d3format: '',
    description: '',
    warning_text: '',
    certified_by: '',
    certification_details: '',
    extraRest: {},
  };
}

/** The editor's starting point: the dataset as stored. */
export function toDatasetDraft(dataset: DatasetDetail): DatasetDraft {
  const certification = certificationOf(dataset.extra);
  const extraRest = withoutCertification(dataset.extra);
  return {
    table_name: dataset.table_name,
    schema: dataset.schema ?? '',
    sql: dataset.kind === 'virtual' ? (dataset.sql ?? '') : null,
    description: dataset.description ?? '',
    main_dttm_col: dataset.main_dttm_col,
    cache_timeout: dataset.cache_timeout,
    offset: dataset.offset,
    fetch_values_predicate: dataset.fetch_values_predicate ?? '',
    filter_select_enabled: dataset.filter_select_enabled,
    normalize_columns: dataset.normalize_columns,
    always_filter_main_dttm: dataset.always_filter_main_dttm,
    default_endpoint: dataset.default_endpoint ?? '',
    template_params: dataset.template_params ?? '',
    owners: dataset.owners.map((owner) => owner.id),
    certified_by: certification.by,
    certification_details: certification.details,
    extraText: Object.keys(extraRest).length ? JSON.stringify(extraRest, null, 2) : '',
    columns: dataset.columns.map(toColumnDraft),
    metrics: dataset.metrics.map(toMetricDraft),
  };
}

/** Whether a column is calculated (has its own SQL) rather than read from the source. */
export function isCalculated(column: ColumnDraft): boolean {
  return column.isCalculatedRow;
}

function withCertification(
  rest: Record<string, unknown>,
  certifiedBy: string,
  details: string,
): Record<string, unknown> {
  if (!certifiedBy.trim()) return rest;
  return {
    ...rest,
    certification: {
      certified_by: certifiedBy.trim(),
      ...(details.trim() ? { details: details.trim() } : {}),
    },
  };
}

function jsonOrNull(value: Record<string, unknown>): string | null {
  return Object.keys(value).length ? JSON.stringify(value) : null;
}

/** The dataset's `extra` the draft gives; unreadable JSON text is reported by `draftProblems`. */
function extraOf(draft: DatasetDraft): string | null {
  let rest: Record<string, unknown> = {};
  try {
    rest = draft.extraText.trim() ? objectOf(JSON.parse(draft.extraText)) : {};
  } catch {
    return draft.extraText;
  }
  return jsonOrNull(withCertification(rest, draft.certified_by, draft.certification_details));
}

function toColumnInput(column: ColumnDraft): DatasetColumnInput {
  return {
    ...(column.id === undefined ? {} : { id: column.id }),
    column_name: column.column_name.trim(),
    type: column.type.trim() || null,
    verbose_name: column.verbose_name.trim() || null,
    description: column.description.trim() || null,
    expression: column.expression.trim() || null,
    is_dttm: column.is_dttm,
    groupby: column.groupby,
    filterable: column.filterable,
    python_date_format: column.python_date_format.trim() || null,
  };
}

function toMetricInput(metric: MetricDraft): DatasetMetricInput {
  const extra = withCertification(
    metric.extraRest,
    metric.certified_by,
    metric.certification_details,
  );
  return {
    ...(metric.id === undefined ? {} : { id: metric.id }),
    metric_name: metric.metric_name.trim(),
    expression: metric.expression.trim(),
    verbose_name: metric.verbose_name.trim() || null,
    d3format: metric.d3format.trim() || null,
    description: metric.description.trim() || null,
    warning_text: metric.warning_text.trim() || null,
    extra: jsonOrNull(extra),
  };
}

/** The `PUT /api/v1/dataset/{pk}` body for the draft: settings with full columns and metrics. */
export function toDatasetUpdate(draft: DatasetDraft): DatasetUpdate {
  return {
    table_name: draft.table_name.trim(),
    schema: draft.schema.trim() || null,
    sql: draft.sql === null ? null : draft.sql,
    description: draft.description.trim() || null,
    main_dttm_col: draft.main_dttm_col,
    cache_timeout: draft.cache_timeout,
    offset: draft.offset,
    fetch_values_predicate: draft.fetch_values_predicate.trim() || null,
    filter_select_enabled: draft.filter_select_enabled,
    normalize_columns: draft.normalize_columns,
    always_filter_main_dttm: draft.always_filter_main_dttm,
    default_endpoint: draft.default_endpoint.trim() || null,
    template_params: draft.template_params.trim() || null,
    owners: draft.owners,
    extra: extraOf(draft),
    columns: draft.columns.map(toColumnInput),
    metrics: draft.metrics.map(toMetricInput),
  };
}

/**
 * After "Sync columns from source": the stored columns in their new order, each keeping the
 * edits made in the dialog since it opened; calculated columns added in the dialog stay.
 */
export function mergeSyncedColumns(
  draft: readonly ColumnDraft[],
  synced: readonly DatasetColumn[],
): ColumnDraft[] {
  const byName = new Map(draft.map((column) => [column.column_name, column]));
  const merged = synced.map((column) => {
    const edited = byName.get(column.column_name);
    const fresh = toColumnDraft(column);
    return edited ? { ...edited, id: fresh.id, key: fresh.key, type: fresh.type } : fresh;
  });
  const unsaved = draft.filter(
    (column) =>
      column.id === undefined && !synced.some((s) => s.column_name === column.column_name),
  );
  return [...merged, ...unsaved];
}
