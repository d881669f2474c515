import type { Dialect } from '@superset-ts/engines';
import type { QueryDataset } from '../../query-engine/query-dataset.js';
import { parseJsonObject } from './dataset-extra.js';
import { isVirtual } from './dataset-source.js';
import type { DatasetAggregate } from './dataset.record.js';

/** A dataset as the query engine needs it; `type_generic` from the engine's dialect. */
export function toQueryDataset(aggregate: DatasetAggregate, dialect: Dialect | null): QueryDataset {
  const { dataset } = aggregate;
  return {
    id: dataset.id,
    uuid: dataset.uuid,
    database_id: dataset.database_id,
    catalog: dataset.catalog,
    schema: dataset.schema,
    table_name: dataset.table_name,
    sql: isVirtual(dataset) ? dataset.sql : null,
    main_dttm_col: dataset.main_dttm_col,
    always_filter_main_dttm: dataset.always_filter_main_dttm,
    offset: dataset.offset,
    cache_timeout: dataset.cache_timeout,
    fetch_values_predicate: dataset.fetch_values_predicate,
    template_params: parseJsonObject(dataset.template_params),
    extra: parseJsonObject(dataset.extra),
    columns: aggregate.columns
      .filter((column) => column.is_active)
      .map((column) => ({
        column_name: column.column_name,
        type: column.type,
        type_generic: column.type && dialect ? dialect.genericType(column.type) : null,
        is_dttm: column.is_dttm,
        groupby: column.groupby,
        filterable: column.filterable,
        expression: column.expression,
        python_date_format: column.python_date_format,
        verbose_name: column.verbose_name,
        advanced_data_type: column.advanced_data_type,
      })),
    metrics: aggregate.metrics.map((metric) => ({
      metric_name: metric.metric_name,
      expression: metric.expression,
      verbose_name: metric.verbose_name,
      d3format: metric.d3format,
      warning_text: metric.warning_text,
    })),
    changed_on: dataset.changed_on?.toISOString() ?? null,
    perm: dataset.perm,
    schema_perm: dataset.schema_perm,
    catalog_perm: dataset.catalog_perm,
  };
}
