import { TIME_GRAINS } from '@superset-ts/shared';
import type { EngineSpec } from '@superset-ts/engines';
import { extraNotesOf, parseJsonObject } from './dataset-extra.js';
import {
  columnFormatsOf,
  datasetNameOf,
  exploreUrlOf,
  presentColumn,
  presentMetric,
  verboseMapOf,
} from './dataset.presenter.js';
import { isVirtual } from './dataset-source.js';
import type { DatasetAggregate } from './dataset.record.js';

function orderByChoices(columnNames: readonly string[]): [string, string][] {
  return [...columnNames].sort().flatMap((name): [string, string][] => [
    [JSON.stringify([name, true]), `${name} [asc]`],
    [JSON.stringify([name, false]), `${name} [desc]`],
  ]);
}

/**
 * Superset's `SqlaTable.data`, the datasource payload Explore loads: columns and metrics
 * with their certification, labels and formats, the engine's time grains, the temporal
 * columns, sort choices and the database's abilities.
 */
export function presentExploreDatasource(
  aggregate: DatasetAggregate,
  engine: { backend: string; spec: EngineSpec | null },
): Record<string, unknown> {
  const { dataset, columns, metrics } = aggregate;
  const dialect = engine.spec?.dialect ?? null;
  const grains = dialect ? new Set<string>(dialect.timeGrains()) : new Set<string>();
  const active = columns.filter((column) => column.is_active);
  const extra = parseJsonObject(dataset.extra);
  return {
    id: dataset.id,
    uid: `${dataset.id}__table`,
    type: 'table',
    datasource_type: 'table',
    name: datasetNameOf(dataset),
    datasource_name: dataset.table_name,
    table_name: dataset.table_name,
    catalog: dataset.catalog,
    schema: dataset.schema,
    description: dataset.description,
    default_endpoint: dataset.default_endpoint,
    explore_url: exploreUrlOf(dataset.id),
    edit_url: `/tablemodelview/edit/${dataset.id}`,
    sql: isVirtual(dataset) ? dataset.sql : null,
    is_sqllab_view: dataset.is_sqllab_view,
    offset: dataset.offset,
    cache_timeout: dataset.cache_timeout,
    params: dataset.params,
    perm: dataset.perm,
    filter_select: dataset.filter_select_enabled,
    filter_select_enabled: dataset.filter_select_enabled,
    fetch_values_predicate: dataset.fetch_values_predicate,
    template_params: dataset.template_params,
    main_dttm_col: dataset.main_dttm_col,
    always_filter_main_dttm: dataset.always_filter_main_dttm,
    normalize_columns: dataset.normalize_columns,
    extra: dataset.extra,
    ...extraNotesOf(dataset.extra),
    is_certified: extraNotesOf(dataset.extra).certified_by !== null,
    warning_text: typeof extra.warning_text === 'string' ? extra.warning_text : null,
    owners: aggregate.owners.map((owner) => ({ ...owner })),
    columns: active.map((column) => {
      const notes = extraNotesOf(column.extra);
      return {
        ...presentColumn(column, dialect),
        ...notes,
        is_certified: notes.certified_by !== null,
      };
    }),
    metrics: metrics.map((metric) => ({
      ...presentMetric(metric),
      is_certified: extraNotesOf(metric.extra).certified_by !== null,
    })),
    verbose_map: verboseMapOf({ columns: active, metrics }),
    column_formats: columnFormatsOf(metrics),
    currency_formats: {},
    order_by_choices: orderByChoices(active.map((column) => column.column_name)),
    granularity_sqla: active
      .filter((column) => column.is_dttm)
      .map((column) => [column.column_name, column.column_name]),
    time_grain_sqla: TIME_GRAINS.filter((grain) => grains.has(grain.duration)).map((grain) => [
      grain.duration,
      grain.name,
    ]),
    select_star:
      dialect && !isVirtual(dataset)
        ? dialect.selectStar({ table: dataset.table_name, schema: dataset.schema }, 100)
        : null,
    database: {
      id: dataset.database_id,
      name: dataset.database_name,
      database_name: dataset.database_name,
      backend: engine.backend,
      allows_subquery: engine.spec?.capabilities.subqueries ?? false,
      allows_virtual_table_explore: true,
      explore_database_id: dataset.database_id,
      disable_data_preview: false,
      disable_drill_to_detail: false,
    },
    health_check_message: null,
  };
}
