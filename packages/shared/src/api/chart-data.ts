import { z } from 'zod';

/**
 * The chart data contract (`POST /api/v1/chart/data`), with Superset's shapes
 * (`ChartDataQueryContextSchema`, `ChartDataQueryObjectSchema`, `ChartDataResponseResult`).
 * Requests accept what Superset's own front end sends: unknown keys pass through, and the
 * deprecated aliases (`groupby`, `granularity_sqla`, `timeseries_limit`,
 * `timeseries_limit_metric`, top-level `where`/`having`) are read and normalised onto their
 * current names, so the parsed object only carries the current ones.
 */

export const CHART_DATA_API_PATH = '/api/v1/chart/data';
export const TIME_RANGE_API_PATH = '/api/v1/time_range/';

/** Superset's `FilterOperator` (chart filters). */
export const CHART_FILTER_OPERATORS = [
  '==',
  '!=',
  '>',
  '<',
  '>=',
  '<=',
  'LIKE',
  'NOT LIKE',
  'ILIKE',
  'NOT ILIKE',
  'IS NULL',
  'IS NOT NULL',
  'IN',
  'NOT IN',
  'IS TRUE',
  'IS FALSE',
  'TEMPORAL_RANGE',
] as const;
export type ChartFilterOperator = (typeof CHART_FILTER_OPERATORS)[number];

/** Aggregates of a SIMPLE adhoc metric. */
export const ADHOC_METRIC_AGGREGATES = [
  'AVG',
  'COUNT',
  'COUNT_DISTINCT',
  'MAX',
  'MIN',
  'SUM',
] as const;
export type AdhocMetricAggregate = (typeof ADHOC_METRIC_AGGREGATES)[number];

/** Superset's `DatasourceType`. */
export const DATASOURCE_TYPES = ['table', 'query', 'dataset', 'saved_query', 'view'] as const;

/** Superset's `ChartDataResultType`. */
export const CHART_DATA_RESULT_TYPES = [
  'full',
  'samples',
  'query',
  'results',
  'columns',
  'timegrains',
  'post_processed',
  'drill_detail',
] as const;
export type ChartDataResultType = (typeof CHART_DATA_RESULT_TYPES)[number];

export const CHART_DATA_RESULT_FORMATS = ['json', 'csv', 'xlsx'] as const;

const nonNegativeInteger = z.preprocess(
  (value) => (typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value),
  z.number().int().min(0),
);

/** An adhoc column: free SQL with a label, or the x-axis (`BASE_AXIS`) with a time grain. */
export const adhocColumnSchema = z.looseObject({
  sqlExpression: z.string().max(65_535),
  label: z.string().max(1_000).optional(),
  expressionType: z.literal('SQL').optional(),
  columnType: z.enum(['BASE_AXIS', 'SERIES']).optional(),
  timeGrain: z.string().max(64).nullable().optional(),
  isColumnReference: z.boolean().optional(),
});
export type AdhocColumn = z.infer<typeof adhocColumnSchema>;

/** A dimension: a dataset column name, or an adhoc column. */
export const queryColumnSchema = z.union([z.string().min(1).max(1_000), adhocColumnSchema]);
export type QueryColumn = z.infer<typeof queryColumnSchema>;

/** An adhoc metric: `SIMPLE` (aggregate over a column) or `SQL` (an aggregate expression). */
export const adhocMetricSchema = z.looseObject({
  expressionType: z.enum(['SIMPLE', 'SQL']),
  aggregate: z.enum(ADHOC_METRIC_AGGREGATES).nullable().optional(),
  column: z
    .looseObject({ column_name: z.string().min(1).max(1_000) })
    .nullable()
    .optional(),
  sqlExpression: z.string().max(65_535).nullable().optional(),
  label: z.string().max(1_000).optional(),
  hasCustomLabel: z.boolean().optional(),
  optionName: z.string().optional(),
});
export type AdhocMetric = z.infer<typeof adhocMetricSchema>;

/** A metric: a saved metric's name, or an adhoc metric. */
export const queryMetricSchema = z.union([z.string().min(1).max(1_000), adhocMetricSchema]);
export type QueryMetric = z.infer<typeof queryMetricSchema>;

/** One filter (`ChartDataFilterSchema`). */
export const queryFilterSchema = z.looseObject({
  col: queryColumnSchema,
  op: z.preprocess(
    (value) => (typeof value === 'string' ? value.toUpperCase() : value),
    z.enum(CHART_FILTER_OPERATORS),
  ),
  val: z.unknown().optional(),
  grain: z.string().max(64).nullable().optional(),
  isExtra: z.boolean().optional(),
});
export type QueryFilter = z.infer<typeof queryFilterSchema>;

/** `extras` of a query object (`ChartDataExtrasSchema`). */
export const queryExtrasSchema = z.looseObject({
  where: z.string().max(65_535).optional(),
  having: z.string().max(65_535).optional(),
  time_grain_sqla: z.string().max(64).nullable().optional(),
  relative_start: z.enum(['today', 'now']).optional(),
  relative_end: z.enum(['today', 'now']).optional(),
  instant_time_comparison_range: z.string().nullable().optional(),
  transpile_to_dialect: z.boolean().optional(),
});
export type QueryExtras = z.infer<typeof queryExtrasSchema>;

/** One post-processing step; the options are checked by the operation that reads them. */
export const postProcessingStepSchema = z.looseObject({
  operation: z.string().min(1).max(64),
  options: z.record(z.string(), z.unknown()).optional(),
});
export type PostProcessingStep = z.infer<typeof postProcessingStepSchema>;

/** An annotation layer as the front end sends it (`AnnotationLayerSchema`). */
export const annotationLayerSchema = z.looseObject({
  name: z.string().optional(),
  annotationType: z.enum(['FORMULA', 'INTERVAL', 'EVENT', 'TIME_SERIES']).optional(),
  sourceType: z.string().nullable().optional(),
  value: z.unknown().optional(),
  show: z.boolean().optional(),
});

/** `[column or metric, ascending]`. */
export const orderByItemSchema = z.tuple([z.union([z.string(), adhocMetricSchema]), z.boolean()]);

const queryObjectFields = z.looseObject({
  columns: z.array(queryColumnSchema).max(1_000).optional(),
  /** Deprecated alias of `columns`. */
  groupby: z.array(queryColumnSchema).max(1_000).nullable().optional(),
  /** `null`/absent: raw rows; a list (even empty): aggregated by the columns. */
  metrics: z.array(queryMetricSchema).max(1_000).nullable().optional(),
  filters: z.array(queryFilterSchema).max(1_000).optional(),
  granularity: z.string().max(1_000).nullable().optional(),
  /** Deprecated alias of `granularity`. */
  granularity_sqla: z.string().max(1_000).nullable().optional(),
  time_range: z.string().max(1_000).nullable().optional(),
  time_shift: z.string().max(1_000).nullable().optional(),
  extras: queryExtrasSchema.optional(),
  orderby: z.array(orderByItemSchema).max(1_000).optional(),
  order_desc: z.boolean().optional(),
  row_limit: nonNegativeInteger.nullable().optional(),
  row_offset: nonNegativeInteger.nullable().optional(),
  series_columns: z.array(queryColumnSchema).max(1_000).optional(),
  series_limit: nonNegativeInteger.nullable().optional(),
  series_limit_metric: queryMetricSchema.nullable().optional(),
  /** Deprecated alias of `series_limit`. */
  timeseries_limit: nonNegativeInteger.nullable().optional(),
  /** Deprecated alias of `series_limit_metric`. */
  timeseries_limit_metric: queryMetricSchema.nullable().optional(),
  is_timeseries: z.boolean().nullable().optional(),
  is_rowcount: z.boolean().optional(),
  apply_fetch_values_predicate: z.boolean().optional(),
  time_offsets: z.array(z.string().max(1_000)).max(100).optional(),
  post_processing: z.array(postProcessingStepSchema.nullable()).max(100).optional(),
  annotation_layers: z.array(annotationLayerSchema).max(100).optional(),
  applied_time_extras: z.record(z.string(), z.unknown()).optional(),
  url_params: z.record(z.string(), z.unknown()).optional(),
  result_type: z.enum(CHART_DATA_RESULT_TYPES).nullable().optional(),
  /** Deprecated: moved into `extras.where`. */
  where: z.string().max(65_535).optional(),
  /** Deprecated: moved into `extras.having`. */
  having: z.string().max(65_535).optional(),
});

/**
 * A query object, normalised: the deprecated aliases are folded into `columns`,
 * `granularity`, `series_limit`, `series_limit_metric` and `extras.where/having` (the current
 * field wins when both are set), and list fields default to empty.
 */
export const queryObjectSchema = queryObjectFields.transform((raw) => {
  const {
    groupby,
    granularity_sqla,
    timeseries_limit,
    timeseries_limit_metric,
    where,
    having,
    ...rest
  } = raw;
  const extras: QueryExtras = { ...rest.extras };
  if (extras.where === undefined && where !== undefined && where !== '') extras.where = where;
  if (extras.having === undefined && having !== undefined && having !== '') extras.having = having;
  return {
    ...rest,
    columns: rest.columns && rest.columns.length > 0 ? rest.columns : (groupby ?? []),
    filters: rest.filters ?? [],
    granularity: rest.granularity ?? granularity_sqla ?? null,
    extras,
    orderby: rest.orderby ?? [],
    order_desc: rest.order_desc ?? true,
    series_columns: rest.series_columns ?? [],
    series_limit: rest.series_limit ?? timeseries_limit ?? 0,
    series_limit_metric: rest.series_limit_metric ?? timeseries_limit_metric ?? null,
    time_offsets: rest.time_offsets ?? [],
    post_processing: (rest.post_processing ?? []).filter(
      (step): step is PostProcessingStep => step !== null,
    ),
  };
});
/** A normalised query object (what the query engine reads). */
export type QueryObject = z.output<typeof queryObjectSchema>;
/** A query object as a client may send it, aliases included. */
export type QueryObjectInput = z.input<typeof queryObjectSchema>;

/** `datasource` of a query context. */
export const datasourceRefSchema = z.looseObject({
  id: z.union([z.number().int().positive(), z.string().min(1).max(64)]),
  type: z.enum(DATASOURCE_TYPES),
});

/** Body of `POST /api/v1/chart/data` (`ChartDataQueryContextSchema`). */
export const queryContextSchema = z.looseObject({
  datasource: datasourceRefSchema,
  queries: z.array(queryObjectSchema).min(1).max(100),
  form_data: z.record(z.string(), z.unknown()).nullable().optional(),
  result_type: z.enum(CHART_DATA_RESULT_TYPES).optional(),
  result_format: z.enum(CHART_DATA_RESULT_FORMATS).optional(),
  force: z.boolean().optional(),
  custom_cache_timeout: z.number().int().nullable().optional(),
});
export type QueryContext = z.output<typeof queryContextSchema>;

/** A filter column applied to, or left out of, the query (`applied_filters` items). */
export const appliedFilterSchema = z.object({ column: z.unknown() });
/** Why a filter was left out: the column is not in the dataset. */
export const rejectedFilterSchema = z.object({
  column: z.unknown(),
  reason: z.literal('not_in_datasource'),
});

/** One result of `POST /api/v1/chart/data` (`ChartDataResponseResult`). */
export const chartDataResultSchema = z.object({
  cache_key: z.string().nullable(),
  cached_dttm: z.string().nullable(),
  queried_dttm: z.string().nullable().optional(),
  cache_timeout: z.number().int().nullable(),
  error: z.string().nullable(),
  is_cached: z.boolean().nullable(),
  /** The SQL that ran. */
  query: z.string(),
  status: z.string(),
  stacktrace: z.string().nullable(),
  rowcount: z.number().int(),
  data: z.union([z.array(z.record(z.string(), z.unknown())), z.string()]),
  colnames: z.array(z.string()),
  /** GenericDataType per column: 0 numeric, 1 string, 2 temporal, 3 boolean. */
  coltypes: z.array(z.number().int().nullable()),
  applied_filters: z.array(appliedFilterSchema),
  rejected_filters: z.array(rejectedFilterSchema),
  annotation_data: z.array(z.record(z.string(), z.unknown())).nullable().optional(),
  detected_currency: z.string().nullable().optional(),
  /** Start of the time range in milliseconds since the epoch; null when unbounded. */
  from_dttm: z.number().nullable(),
  /** End of the time range in milliseconds since the epoch; null when unbounded. */
  to_dttm: z.number().nullable(),
});
export type ChartDataResult = z.infer<typeof chartDataResultSchema>;

export const chartDataResponseSchema = z.object({ result: z.array(chartDataResultSchema) });
export type ChartDataResponse = z.infer<typeof chartDataResponseSchema>;

/** `q` of `GET /api/v1/time_range/`: one range, or ranges with an optional shift. */
export const timeRangeRequestSchema = z.union([
  z.string().max(1_000),
  z
    .array(z.object({ timeRange: z.string().max(1_000), shift: z.string().max(1_000).optional() }))
    .min(1)
    .max(100),
]);
export type TimeRangeRequest = z.infer<typeof timeRangeRequestSchema>;

/** One answer of `GET /api/v1/time_range/`: bounds as ISO text without a zone, or "". */
export const timeRangeResultSchema = z.object({
  since: z.string(),
  until: z.string(),
  timeRange: z.string(),
  /** The shift asked for, or null (as Superset). */
  shift: z.string().nullable(),
});
export const timeRangeResponseSchema = z.object({ result: z.array(timeRangeResultSchema) });
export type TimeRangeResponse = z.infer<typeof timeRangeResponseSchema>;
