import type { QueryObject } from '@superset-ts/shared';
import type { Dialect } from '@superset-ts/engines';
import { AppError } from '../errors/app-error.js';
import { createBuildContext, type BuildContext } from './build-context.js';
import { timeGrainOf, timestampSql } from './column-sql.js';
import { dimensionItem } from './dimension-sql.js';
import { filterConditions, type FilterEnvironment } from './filter-sql.js';
import { aliasedSubquery, fromClause } from './from-clause.js';
import { columnLabel, DTTM_ALIAS } from './labels.js';
import { metricSql } from './metric-sql.js';
import { orderByTerms } from './order-by-sql.js';
import type { QueryDataset, QueryDatasetColumn } from './query-dataset.js';
import { queryForKind, type ChartQueryKind } from './query-kind.js';
import { queryTimeBounds, timeRangeOptionsOf, type TimeBounds } from './query-time-range.js';
import { renderSelect } from './render-select.js';
import { renderItem, uniqueByLabel, type SelectItem } from './select-item.js';
import { seriesLimitJoin } from './series-limit-sql.js';
import {
  DEFAULT_TIME_FILTER_OPTIONS,
  timeFilterConditions,
  type TimeFilterOptions,
  type TimeRangeEndpoint,
} from './time-filter.js';
import { validateQueryObject } from './validate-query.js';

/** What one chart query is built from. Everything is data: the builder does no I/O. */
export interface BuildChartQueryInput {
  /**
   * The dataset. A virtual dataset's `sql`, and any Jinja in the query's free SQL, must be
   * rendered by the caller first (see `renderQueryTemplates`).
   */
  dataset: QueryDataset;
  /** A query object parsed with the shared `queryObjectSchema` (aliases normalised). */
  query: QueryObject;
  dialect: Dialect;
  /** Row-level security clauses that apply to the caller and dataset; each is ANDed in parentheses. */
  rlsPredicates: readonly string[];
  /** The most rows a query may return (SQL_MAX_ROW, or SAMPLES_ROW_LIMIT for samples). */
  rowLimitCap: number;
  /** Rows of a query that sets no row_limit (ROW_LIMIT); the cap when absent. */
  defaultRowLimit?: number;
  /** The moment relative ranges ("Last week", "now") are read from. */
  now: Date;
  /** The database's `extra.time_range_endpoints` (SIP-15); default `[inclusive, exclusive]`. */
  timeRangeEndpoints?: readonly [TimeRangeEndpoint, TimeRangeEndpoint];
  /** The database's `extra.python_date_format_by_column_name`. */
  pythonDateFormatByColumn?: Readonly<Record<string, string>>;
  /** Superset's ALLOW_ADHOC_SUBQUERY feature flag; default false. */
  allowAdhocSubqueries?: boolean;
  /** The range the series limit ranks over, for a time-offset query (see `timeOffsetRange`). */
  innerRange?: TimeBounds;
  kind?: ChartQueryKind;
}

/** A built chart query. Rows come back in SELECT order: name them by `colnames`. */
export interface BuiltChartQuery {
  sql: string;
  /** Output labels in SELECT order (`['rowcount']` for a row count). */
  colnames: string[];
  metricLabels: string[];
  /** Labels of the dimensions, `__timestamp` first for a legacy time series. */
  dimensionLabels: string[];
  appliedFilters: { column: unknown }[];
  rejectedFilters: { column: unknown; reason: 'not_in_datasource' }[];
  /** The bounds of the query's `time_range`; null when unbounded. */
  fromDttm: Date | null;
  toDttm: Date | null;
}

/**
 * Builds the SQL of one chart query as Superset's `get_sqla_query`: dimensions (time grains
 * on the granularity or the x-axis), metrics, the time filter, filters, RLS, extras,
 * a top-N series limit, ordering and the row limit, in the engine's dialect.
 *
 * @throws AppError QUERY_OBJECT_VALIDATION_ERROR, INVALID_SQL_CLAUSE_ERROR,
 * ADHOC_SUBQUERY_NOT_ALLOWED_ERROR or TIME_RANGE_PARSE_ERROR (all 400).
 */
export function buildChartQuery(input: BuildChartQueryInput): BuiltChartQuery {
  const kind = input.kind ?? 'full';
  const query = queryForKind(input.query, input.dataset, kind);
  validateQueryObject(query);
  const context = createBuildContext(
    input.dataset,
    input.dialect,
    input.allowAdhocSubqueries ?? false,
  );
  const [fromDttm, toDttm] = queryTimeBounds(query, input.now);
  const granularityColumn = granularityOf(context, query.granularity ?? null);
  const isTimeseries = query.is_timeseries ?? query.columns.includes(DTTM_ALIAS);
  if (isTimeseries && granularityColumn === null) {
    throw new AppError(
      'QUERY_OBJECT_VALIDATION_ERROR',
      'Datetime column not provided as part table configuration and is required by this type of chart.',
    );
  }
  const grain = timeGrainOf(query.extras.time_grain_sqla);
  const needsGroupBy = query.metrics !== null && query.metrics !== undefined;
  const metrics = needsGroupBy
    ? (query.metrics ?? []).map((metric) => metricSql(context, metric))
    : [];
  const columns = query.columns.filter((column) => column !== DTTM_ALIAS);
  if (metrics.length === 0 && columns.length === 0 && !isTimeseries) {
    throw new AppError('QUERY_OBJECT_VALIDATION_ERROR', 'Empty query?');
  }
  const granularityName = needsGroupBy ? (granularityColumn?.column_name ?? null) : null;
  const dimensions = columns.map((column) =>
    dimensionItem(context, column, granularityName, grain),
  );
  const timestamp: SelectItem[] =
    isTimeseries && granularityColumn
      ? [{ sql: timestampSql(context, granularityColumn, grain), label: DTTM_ALIAS }]
      : [];
  const groupBy = needsGroupBy ? [...timestamp, ...dimensions] : timestamp;
  const selected = uniqueByLabel([
    ...timestamp,
    ...dimensions,
    ...metrics.map((metric) => ({ sql: metric.sql, label: metric.label })),
  ]);

  const timeFilter: TimeFilterOptions = {
    endpoints: input.timeRangeEndpoints ?? DEFAULT_TIME_FILTER_OPTIONS.endpoints,
    pythonDateFormatByColumn: input.pythonDateFormatByColumn ?? {},
  };
  const environment: FilterEnvironment = {
    timestampColumn: isTimeseries ? granularityColumn : null,
    now: input.now,
    timeRange: timeRangeOptionsOf(query),
    timeFilter,
  };
  const appliedFilters: BuiltChartQuery['appliedFilters'] = [];
  const rejectedFilters: BuiltChartQuery['rejectedFilters'] = [];
  const filterWhere: string[] = [];
  for (const filter of query.filters) {
    const outcome = filterConditions(context, filter, environment);
    if (outcome.kind === 'rejected') {
      rejectedFilters.push({ column: outcome.column, reason: 'not_in_datasource' });
    } else if (outcome.kind === 'applied') {
      appliedFilters.push({ column: outcome.column });
      filterWhere.push(...outcome.conditions);
    }
  }
  filterWhere.push(
    ...input.rlsPredicates.map(
      (rls) => `(${context.clause(rls, 'predicate', 'a row level security filter')})`,
    ),
  );
  if (query.extras.where) {
    filterWhere.push(`(${context.clause(query.extras.where, 'predicate', 'the WHERE clause')})`);
  }
  const timeWhere = granularityTimeFilter(
    context,
    input.dataset,
    granularityColumn,
    [fromDttm, toDttm],
    timeFilter,
  );
  const fetchValues =
    query.apply_fetch_values_predicate && input.dataset.fetch_values_predicate
      ? [`(${input.dataset.fetch_values_predicate})`]
      : [];

  const from = fromClause(context);
  const joins: string[] = [];
  const seriesLabels = new Set(query.series_columns.map(columnLabel));
  const seriesColumns = dimensions.filter(
    (item) => (isTimeseries && seriesLabels.size === 0) || seriesLabels.has(item.label),
  );
  if (needsGroupBy && query.series_limit > 0 && seriesColumns.length > 0) {
    const innerRange = input.innerRange ?? [fromDttm, toDttm];
    joins.push(
      seriesLimitJoin(context, input.dialect, {
        from,
        seriesColumns,
        mainMetricSql: metrics[0]?.sql ?? 'COUNT(*)',
        where: [
          ...filterWhere,
          ...(granularityColumn
            ? timeFilterConditions(context, granularityColumn, innerRange, null, timeFilter)
            : []),
        ],
        limit: query.series_limit,
        orderMetric: query.series_limit_metric ?? null,
        descending: query.order_desc,
      }),
    );
  }

  const having = query.extras.having
    ? [`(${context.clause(query.extras.having, 'predicate', 'the HAVING clause')})`]
    : [];
  const requested = query.row_limit ?? 0;
  const limit = Math.min(
    requested > 0 ? requested : (input.defaultRowLimit ?? input.rowLimitCap),
    input.rowLimitCap,
  );
  let sql = renderSelect(
    {
      items: selected.map((item) => renderItem(context, item)),
      from,
      joins,
      where: [...fetchValues, ...timeWhere, ...filterWhere],
      groupBy: groupBy.map((item) => item.sql),
      having,
      orderBy: orderByTerms(context, query.orderby, selected),
      limit,
      offset: query.row_offset ?? 0,
    },
    input.dialect,
  );
  let colnames = selected.map((item) => item.label);
  if (kind === 'rowcount' || query.is_rowcount) {
    sql = renderSelect(
      {
        items: [`COUNT(*) AS ${context.quote('rowcount')}`],
        from: aliasedSubquery(context, sql, 'rowcount_qry'),
      },
      input.dialect,
    );
    colnames = ['rowcount'];
  }
  return {
    sql,
    colnames,
    metricLabels: metrics.map((metric) => metric.label),
    dimensionLabels: [...timestamp, ...dimensions].map((item) => item.label),
    appliedFilters,
    rejectedFilters,
    fromDttm,
    toDttm,
  };
}

/**
 * The granularity's dataset column. As Superset, a name that is not a temporal column falls
 * back to the dataset's main time column; a missing column is a 400.
 */
function granularityOf(
  context: BuildContext,
  granularity: string | null,
): QueryDatasetColumn | null {
  if (granularity === null || granularity === '') return null;
  const named = context.columnsByName.get(granularity);
  const name = named?.is_dttm ? granularity : context.dataset.main_dttm_col;
  if (!name) return null;
  const column = context.columnsByName.get(name);
  if (!column) {
    throw new AppError(
      'QUERY_OBJECT_VALIDATION_ERROR',
      `Time column "${granularity.slice(0, 200)}" does not exist in dataset.`,
    );
  }
  return column;
}

/**
 * The time filter of the granularity, and of the dataset's main time column too when the
 * dataset sets `always_filter_main_dttm` and the granularity is another column.
 */
function granularityTimeFilter(
  context: BuildContext,
  dataset: QueryDataset,
  column: QueryDatasetColumn | null,
  range: TimeBounds,
  options: TimeFilterOptions,
): string[] {
  if (column === null) return [];
  const main = dataset.main_dttm_col ? context.columnsByName.get(dataset.main_dttm_col) : undefined;
  const alsoMain =
    dataset.always_filter_main_dttm && main?.is_dttm && main.column_name !== column.column_name;
  return [
    ...(alsoMain ? timeFilterConditions(context, main, range, null, options) : []),
    ...timeFilterConditions(context, column, range, null, options),
  ];
}
