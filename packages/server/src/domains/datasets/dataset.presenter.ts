import type {
  DatasetColumn,
  DatasetDetail,
  DatasetListItem,
  DatasetMetric,
} from '@superset-ts/shared';
import type { Dialect } from '@superset-ts/engines';
import { humanizeTimeAgo } from '../logs/log.presenter.js';
import { extraNotesOf, parseJsonObject } from './dataset-extra.js';
import { isVirtual } from './dataset-source.js';
import type {
  ColumnRecord,
  DatasetAggregate,
  DatasetRecord,
  DatasetUserRef,
  MetricRecord,
} from './dataset.record.js';

const iso = (date: Date | null) => date?.toISOString() ?? null;
const humanized = (date: Date | null, now: Date) => (date ? humanizeTimeAgo(date, now) : '');

/** Superset's explore link of a dataset. */
export function exploreUrlOf(id: number): string {
  return `/explore/?datasource_type=table&datasource_id=${id}`;
}

/** `schema.table`, or the table alone (Superset's `SqlaTable.name`). */
export function datasetNameOf(dataset: Pick<DatasetRecord, 'schema' | 'table_name'>): string {
  return dataset.schema ? `${dataset.schema}.${dataset.table_name}` : dataset.table_name;
}

function fullName(user: DatasetUserRef | null): string {
  return user ? `${user.first_name} ${user.last_name}`.trim() : '';
}

/** A dataset as the list shows it. */
export function presentDatasetListItem(
  dataset: DatasetRecord,
  owners: readonly DatasetUserRef[],
  now: Date,
): DatasetListItem {
  return {
    id: dataset.id,
    uuid: dataset.uuid,
    table_name: dataset.table_name,
    kind: isVirtual(dataset) ? 'virtual' : 'physical',
    datasource_type: 'table',
    database: {
      id: dataset.database_id,
      database_name: dataset.database_name,
      uuid: dataset.database_uuid,
    },
    catalog: dataset.catalog,
    schema: dataset.schema,
    sql: dataset.sql,
    description: dataset.description,
    default_endpoint: dataset.default_endpoint,
    explore_url: exploreUrlOf(dataset.id),
    extra: dataset.extra,
    owners: [...owners],
    changed_by: dataset.changed_by,
    changed_by_name: fullName(dataset.changed_by),
    changed_on: iso(dataset.changed_on),
    changed_on_utc: iso(dataset.changed_on),
    changed_on_delta_humanized: humanized(dataset.changed_on, now),
  };
}

/** A column as the detail shows it; `type_generic` from the engine's dialect. */
export function presentColumn(column: ColumnRecord, dialect: Dialect | null): DatasetColumn {
  return {
    id: column.id,
    uuid: column.uuid,
    column_name: column.column_name,
    verbose_name: column.verbose_name,
    description: column.description,
    expression: column.expression,
    filterable: column.filterable,
    groupby: column.groupby,
    is_active: column.is_active,
    is_dttm: column.is_dttm,
    python_date_format: column.python_date_format,
    type: column.type,
    type_generic: column.type && dialect ? dialect.genericType(column.type) : null,
    advanced_data_type: column.advanced_data_type,
    extra: column.extra,
    created_on: iso(column.created_on),
    changed_on: iso(column.changed_on),
  };
}

function currencyOf(text: string | null): DatasetMetric['currency'] {
  const parsed = parseJsonObject(text);
  return typeof parsed.symbol === 'string' && typeof parsed.symbolPosition === 'string'
    ? { symbol: parsed.symbol, symbolPosition: parsed.symbolPosition }
    : null;
}

/** A metric as the detail shows it, its certification read from `extra`. */
export function presentMetric(metric: MetricRecord): DatasetMetric {
  return {
    id: metric.id,
    uuid: metric.uuid,
    metric_name: metric.metric_name,
    verbose_name: metric.verbose_name,
    description: metric.description,
    expression: metric.expression,
    metric_type: metric.metric_type,
    d3format: metric.d3format,
    currency: currencyOf(metric.currency),
    warning_text: metric.warning_text,
    extra: metric.extra,
    ...extraNotesOf(metric.extra),
    created_on: iso(metric.created_on),
    changed_on: iso(metric.changed_on),
  };
}

/** Labels by column and metric name (Superset's `verbose_map`, `__timestamp` included). */
export function verboseMapOf(aggregate: Pick<DatasetAggregate, 'columns' | 'metrics'>) {
  const map: Record<string, string> = { __timestamp: 'Time' };
  for (const column of aggregate.columns) {
    map[column.column_name] = column.verbose_name ?? column.column_name;
  }
  for (const metric of aggregate.metrics) {
    map[metric.metric_name] = metric.verbose_name ?? metric.metric_name;
  }
  return map;
}

/** d3 formats by metric name, for metrics that have one (Superset's `column_formats`). */
export function columnFormatsOf(metrics: readonly MetricRecord[]): Record<string, string> {
  return Object.fromEntries(
    metrics.flatMap((metric) => (metric.d3format ? [[metric.metric_name, metric.d3format]] : [])),
  );
}

/** What the detail needs to know of the database's engine. */
export interface EngineView {
  backend: string;
  dialect: Dialect | null;
  allowMultiCatalog: boolean;
}

/** A dataset as `GET /api/v1/dataset/{pk}` shows it. */
export function presentDatasetDetail(
  aggregate: DatasetAggregate,
  engine: EngineView,
  now: Date,
): DatasetDetail {
  const { dataset } = aggregate;
  const selectStar =
    engine.dialect && !isVirtual(dataset)
      ? engine.dialect.selectStar({ table: dataset.table_name, schema: dataset.schema }, 100)
      : null;
  return {
    id: dataset.id,
    uuid: dataset.uuid,
    uid: `${dataset.id}__table`,
    table_name: dataset.table_name,
    datasource_name: dataset.table_name,
    name: datasetNameOf(dataset),
    kind: isVirtual(dataset) ? 'virtual' : 'physical',
    datasource_type: 'table',
    database: {
      id: dataset.database_id,
      database_name: dataset.database_name,
      uuid: dataset.database_uuid,
      backend: engine.backend,
      allow_multi_catalog: engine.allowMultiCatalog,
    },
    catalog: dataset.catalog,
    schema: dataset.schema,
    sql: dataset.sql,
    filter_select_enabled: dataset.filter_select_enabled,
    fetch_values_predicate: dataset.fetch_values_predicate,
    description: dataset.description,
    main_dttm_col: dataset.main_dttm_col,
    normalize_columns: dataset.normalize_columns,
    always_filter_main_dttm: dataset.always_filter_main_dttm,
    offset: dataset.offset,
    default_endpoint: dataset.default_endpoint,
    cache_timeout: dataset.cache_timeout,
    is_sqllab_view: dataset.is_sqllab_view,
    template_params: dataset.template_params,
    extra: parseJsonObject(dataset.extra),
    select_star: selectStar,
    url: exploreUrlOf(dataset.id),
    owners: [...aggregate.owners],
    columns: aggregate.columns.map((column) => presentColumn(column, engine.dialect)),
    metrics: aggregate.metrics.map(presentMetric),
    verbose_map: verboseMapOf(aggregate),
    column_formats: columnFormatsOf(aggregate.metrics),
    is_managed_externally: dataset.is_managed_externally,
    external_url: dataset.external_url,
    created_on: iso(dataset.created_on),
    created_on_humanized: humanized(dataset.created_on, now),
    created_by: dataset.created_by,
    changed_on: iso(dataset.changed_on),
    changed_on_humanized: humanized(dataset.changed_on, now),
    changed_by: dataset.changed_by,
  };
}
