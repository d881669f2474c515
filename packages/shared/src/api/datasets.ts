import { z } from 'zod';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './list-query.js';

/**
 * The datasets API (`/api/v1/dataset/`) and the filter values of a dataset's column
 * (`/api/v1/datasource/table/{pk}/column/{col}/values/`), with Superset's shapes. A dataset
 * is physical (a table or view of its database) or virtual (`sql` set: a query run as a
 * subquery). `extra` travels as JSON text in requests and lists, as in Superset.
 */

/** Where the datasets API lives. */
export const DATASETS_API_PATH = '/api/v1/dataset/';

/** Where the datasource API (filter values) lives. */
export const DATASOURCE_API_PATH = '/api/v1/datasource/';

/** `%Y-%m-%d %H:%M:%S`-style formats (date, then optional time), or `epoch_s` / `epoch_ms`. */
export const PYTHON_DATE_FORMAT_PATTERN =
  /^(epoch_s|epoch_ms|%Y(-%m(-%d)?)?([\sT]%H(:%M(:%S(\.%f)?)?)?)?)$/;

const text = (max: number) => z.string().max(max);
const nullableText = (max = 65535) => z.string().max(max).nullable().optional();

/** A JSON object as text (the `extra` and `template_params` fields). */
const jsonObjectText = z
  .string()
  .max(65535)
  .refine((value) => {
    if (value.trim() === '') return true;
    try {
      const parsed: unknown = JSON.parse(value);
      return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed);
    } catch {
      return false;
    }
  }, 'must be a JSON object');

/** One column in `PUT /api/v1/dataset/{pk}`: with `id` it edits that column, without it adds one. */
export const datasetColumnInputSchema = z.strictObject({
  id: z.number().int().optional(),
  column_name: z.string().trim().min(1, 'column_name is required').max(255),
  type: nullableText(),
  verbose_name: nullableText(1024),
  description: nullableText(),
  expression: nullableText(),
  filterable: z.boolean().optional(),
  groupby: z.boolean().optional(),
  is_active: z.boolean().nullable().optional(),
  is_dttm: z.boolean().nullable().optional(),
  python_date_format: z
    .string()
    .max(255)
    .regex(PYTHON_DATE_FORMAT_PATTERN, 'Invalid date/timestamp format')
    .nullable()
    .optional(),
  advanced_data_type: nullableText(255),
  extra: jsonObjectText.nullable().optional(),
  uuid: z.string().max(36).nullable().optional(),
});

/** One metric in `PUT /api/v1/dataset/{pk}`: with `id` it edits that metric, without it adds one. */
export const datasetMetricInputSchema = z.strictObject({
  id: z.number().int().optional(),
  metric_name: z.string().trim().min(1, 'metric_name is required').max(255),
  expression: z.string().trim().min(1, 'expression is required'),
  verbose_name: nullableText(1024),
  description: nullableText(),
  metric_type: nullableText(32),
  d3format: nullableText(128),
  currency: z
    .object({ symbol: z.string().max(16), symbolPosition: z.string().max(16) })
    .nullable()
    .optional(),
  warning_text: nullableText(),
  extra: jsonObjectText.nullable().optional(),
  uuid: z.string().max(36).nullable().optional(),
});

/** Body of `POST /api/v1/dataset/`: a table of the database, or a query when `sql` is given. */
export const datasetCreateSchema = z.strictObject({
  database: z.number({ error: 'database is required' }).int(),
  catalog: text(256).nullable().optional(),
  schema: text(250).nullable().optional(),
  table_name: z
    .string({ error: 'table_name is required' })
    .trim()
    .min(1, 'table_name is required')
    .max(250),
  sql: z.string().nullable().optional(),
  owners: z.array(z.number().int()).optional(),
  normalize_columns: z.boolean().optional(),
  always_filter_main_dttm: z.boolean().optional(),
  template_params: jsonObjectText.nullable().optional(),
  is_managed_externally: z.boolean().optional(),
  external_url: nullableText(),
  uuid: z.uuid().optional(),
});

/** Body of `PUT /api/v1/dataset/{pk}`; `columns` and `metrics` replace the dataset's lists. */
export const datasetUpdateSchema = z.strictObject({
  table_name: z.string().trim().min(1).max(250).optional(),
  database_id: z.number().int().optional(),
  sql: z.string().nullable().optional(),
  filter_select_enabled: z.boolean().optional(),
  fetch_values_predicate: nullableText(1000),
  catalog: text(256).nullable().optional(),
  schema: text(255).nullable().optional(),
  description: nullableText(),
  main_dttm_col: nullableText(250),
  normalize_columns: z.boolean().optional(),
  always_filter_main_dttm: z.boolean().optional(),
  offset: z.number().int().nullable().optional(),
  default_endpoint: nullableText(),
  cache_timeout: z.number().int().min(-1).nullable().optional(),
  is_sqllab_view: z.boolean().optional(),
  template_params: jsonObjectText.nullable().optional(),
  owners: z.array(z.number().int()).optional(),
  columns: z.array(datasetColumnInputSchema).optional(),
  metrics: z.array(datasetMetricInputSchema).optional(),
  extra: jsonObjectText.nullable().optional(),
  is_managed_externally: z.boolean().optional(),
  external_url: nullableText(),
});

/** Body of `POST /api/v1/dataset/duplicate` (virtual datasets only). */
export const datasetDuplicateSchema = z.strictObject({
  base_model_id: z.number({ error: 'base_model_id is required' }).int(),
  table_name: z
    .string({ error: 'table_name is required' })
    .trim()
    .min(1, 'table_name is required')
    .max(250),
});

export type DatasetColumnInput = z.infer<typeof datasetColumnInputSchema>;
export type DatasetMetricInput = z.infer<typeof datasetMetricInputSchema>;
export type DatasetCreate = z.infer<typeof datasetCreateSchema>;
export type DatasetUpdate = z.infer<typeof datasetUpdateSchema>;
export type DatasetDuplicate = z.infer<typeof datasetDuplicateSchema>;

/** FAB's filter operators the dataset list understands (Superset's custom ones included). */
export const DATASET_FILTER_OPERATORS = [
  'ct',
  'sw',
  'ew',
  'eq',
  'neq',
  'rel_o_m',
  'rel_m_m',
  'dataset_is_null_or_empty',
  'dataset_is_certified',
] as const;

/** Which operators each list column takes, and the type of its value. */
export const DATASET_LIST_FILTERS = {
  table_name: { operators: ['ct', 'sw', 'ew', 'eq', 'neq'], value: 'string' },
  schema: { operators: ['ct', 'sw', 'ew', 'eq', 'neq'], value: 'string' },
  catalog: { operators: ['eq', 'neq'], value: 'string' },
  database: { operators: ['rel_o_m', 'eq'], value: 'number' },
  owners: { operators: ['rel_m_m'], value: 'number' },
  created_by: { operators: ['rel_o_m', 'eq'], value: 'number' },
  changed_by: { operators: ['rel_o_m', 'eq'], value: 'number' },
  /** `dataset_is_null_or_empty` true: physical datasets; false: virtual ones. */
  sql: { operators: ['dataset_is_null_or_empty'], value: 'boolean' },
  /** `dataset_is_certified` true: certified datasets; false: the others. */
  id: { operators: ['dataset_is_certified'], value: 'boolean' },
  uuid: { operators: ['eq'], value: 'string' },
} as const;

export type DatasetListFilterColumn = keyof typeof DATASET_LIST_FILTERS;
export type DatasetFilterOperator = (typeof DATASET_FILTER_OPERATORS)[number];

/** Columns the dataset list orders by (`changed_on_delta_humanized` orders by `changed_on`). */
export const DATASET_ORDER_COLUMNS = [
  'table_name',
  'catalog',
  'schema',
  'changed_on',
  'changed_on_delta_humanized',
  'changed_by.first_name',
  'database.database_name',
  'id',
] as const;

export type DatasetOrderColumn = (typeof DATASET_ORDER_COLUMNS)[number];

/** A filter of the dataset list, validated. */
export interface DatasetListFilter {
  col: DatasetListFilterColumn;
  opr: DatasetFilterOperator;
  value: string | number | boolean;
}

const valueTypes = {
  string: z.union([z.string(), z.number().transform(String)]),
  number: z.union([z.number().int(), z.string().regex(/^\d+$/).transform(Number)]),
  boolean: z.union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')]),
} as const;

const datasetListFilterSchema = z
  .object({ col: z.string(), opr: z.string(), value: z.unknown() })
  .transform((raw, context): DatasetListFilter => {
    const spec = (
      DATASET_LIST_FILTERS as Record<string, (typeof DATASET_LIST_FILTERS)[DatasetListFilterColumn]>
    )[raw.col];
    if (!spec) {
      context.addIssue({
        code: 'custom',
        path: ['col'],
        message: `cannot filter on "${raw.col}" (filterable: ${Object.keys(DATASET_LIST_FILTERS).join(', ')})`,
      });
      return z.NEVER;
    }
    if (!(spec.operators as readonly string[]).includes(raw.opr)) {
      context.addIssue({
        code: 'custom',
        path: ['opr'],
        message: `"${raw.opr}" is not an operator for ${raw.col} (use ${spec.operators.join(', ')})`,
      });
      return z.NEVER;
    }
    // rel_o_m and rel_m_m carry the related row's id; Superset's UI may send `{value, label}`.
    const value =
      typeof raw.value === 'object' && raw.value !== null && 'value' in raw.value
        ? raw.value.value
        : raw.value;
    const parsed = valueTypes[spec.value].safeParse(value);
    if (!parsed.success) {
      context.addIssue({
        code: 'custom',
        path: ['value'],
        message: `${JSON.stringify(raw.value)} is not a valid value for ${raw.col}`,
      });
      return z.NEVER;
    }
    return {
      col: raw.col as DatasetListFilterColumn,
      opr: raw.opr as DatasetFilterOperator,
      value: parsed.data,
    };
  });

/** `GET /api/v1/dataset/?q=`: filters, order and page. */
export const datasetListQuerySchema = z.object({
  filters: z.array(datasetListFilterSchema).default([]),
  order_column: z.enum(DATASET_ORDER_COLUMNS).default('changed_on_delta_humanized'),
  order_direction: z.enum(['asc', 'desc']).default('desc'),
  page: z.number().int().min(0).default(0),
  page_size: z.number().int().min(1).max(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE),
  // FAB's column selection is accepted and ignored: every answer carries the full item.
  columns: z.array(z.string()).optional(),
  keys: z.array(z.string()).optional(),
  select_columns: z.array(z.string()).optional(),
});
export type DatasetListQuery = z.infer<typeof datasetListQuerySchema>;

/** `?q=` of `related/owners`, `related/database` and `distinct/schema`. */
export const datasetRelatedQuerySchema = z.object({
  filter: z.string().max(250).default(''),
  page: z.number().int().min(0).default(0),
  page_size: z.number().int().min(1).max(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE),
});
export type DatasetRelatedQuery = z.infer<typeof datasetRelatedQuerySchema>;

/** `?q=` of a bulk delete: the ids. */
export const datasetIdsQuerySchema = z.array(z.number().int()).min(1).max(MAX_PAGE_SIZE);

const userRefSchema = z.object({
  id: z.number().int(),
  first_name: z.string(),
  last_name: z.string(),
});

/** The kind of a dataset: a table of its database, or a query. */
export const datasetKindSchema = z.enum(['physical', 'virtual']);

/** A dataset as the list shows it. */
export const datasetListItemSchema = z.object({
  id: z.number().int(),
  uuid: z.string(),
  table_name: z.string(),
  kind: datasetKindSchema,
  datasource_type: z.literal('table'),
  database: z.object({ id: z.number().int(), database_name: z.string(), uuid: z.string() }),
  catalog: z.string().nullable(),
  schema: z.string().nullable(),
  sql: z.string().nullable(),
  description: z.string().nullable(),
  default_endpoint: z.string().nullable(),
  explore_url: z.string(),
  /** JSON text: certification `{certified_by, details}`, `warning_markdown`. */
  extra: z.string().nullable(),
  owners: z.array(userRefSchema),
  changed_by: userRefSchema.nullable(),
  changed_by_name: z.string(),
  changed_on: z.string().nullable(),
  changed_on_utc: z.string().nullable(),
  changed_on_delta_humanized: z.string(),
});

/** A column as `GET /api/v1/dataset/{pk}` shows it. */
export const datasetColumnSchema = z.object({
  id: z.number().int(),
  uuid: z.string(),
  column_name: z.string(),
  verbose_name: z.string().nullable(),
  description: z.string().nullable(),
  expression: z.string().nullable(),
  filterable: z.boolean(),
  groupby: z.boolean(),
  is_active: z.boolean(),
  is_dttm: z.boolean(),
  python_date_format: z.string().nullable(),
  type: z.string().nullable(),
  type_generic: z.number().int().nullable(),
  advanced_data_type: z.string().nullable(),
  extra: z.string().nullable(),
  created_on: z.string().nullable(),
  changed_on: z.string().nullable(),
});

/** A metric as `GET /api/v1/dataset/{pk}` shows it. */
export const datasetMetricSchema = z.object({
  id: z.number().int(),
  uuid: z.string(),
  metric_name: z.string(),
  verbose_name: z.string().nullable(),
  description: z.string().nullable(),
  expression: z.string(),
  metric_type: z.string().nullable(),
  d3format: z.string().nullable(),
  currency: z.object({ symbol: z.string(), symbolPosition: z.string() }).nullable(),
  warning_text: z.string().nullable(),
  extra: z.string().nullable(),
  certified_by: z.string().nullable(),
  certification_details: z.string().nullable(),
  warning_markdown: z.string().nullable(),
  created_on: z.string().nullable(),
  changed_on: z.string().nullable(),
});

/** A dataset as `GET /api/v1/dataset/{pk}` shows it. */
export const datasetDetailSchema = z.object({
  id: z.number().int(),
  uuid: z.string(),
  uid: z.string(),
  table_name: z.string(),
  datasource_name: z.string(),
  name: z.string(),
  kind: datasetKindSchema,
  datasource_type: z.literal('table'),
  database: z.object({
    id: z.number().int(),
    database_name: z.string(),
    uuid: z.string(),
    backend: z.string(),
    allow_multi_catalog: z.boolean(),
  }),
  catalog: z.string().nullable(),
  schema: z.string().nullable(),
  sql: z.string().nullable(),
  filter_select_enabled: z.boolean(),
  fetch_values_predicate: z.string().nullable(),
  description: z.string().nullable(),
  main_dttm_col: z.string().nullable(),
  normalize_columns: z.boolean(),
  always_filter_main_dttm: z.boolean(),
  offset: z.number().int(),
  default_endpoint: z.string().nullable(),
  cache_timeout: z.number().int().nullable(),
  is_sqllab_view: z.boolean(),
  template_params: z.string().nullable(),
  /** The dataset's `extra`, parsed (an empty object when unset or unreadable). */
  extra: z.record(z.string(), z.unknown()),
  select_star: z.string().nullable(),
  url: z.string(),
  owners: z.array(userRefSchema),
  columns: z.array(datasetColumnSchema),
  metrics: z.array(datasetMetricSchema),
  verbose_map: z.record(z.string(), z.string()),
  column_formats: z.record(z.string(), z.string()),
  is_managed_externally: z.boolean(),
  external_url: z.string().nullable(),
  created_on: z.string().nullable(),
  created_on_humanized: z.string(),
  created_by: userRefSchema.nullable(),
  changed_on: z.string().nullable(),
  changed_on_humanized: z.string(),
  changed_by: userRefSchema.nullable(),
});

export type DatasetListItem = z.infer<typeof datasetListItemSchema>;
export type DatasetColumn = z.infer<typeof datasetColumnSchema>;
export type DatasetMetric = z.infer<typeof datasetMetricSchema>;
export type DatasetDetail = z.infer<typeof datasetDetailSchema>;

/** `GET /api/v1/dataset/`. */
export const datasetListResponseSchema = z.object({
  count: z.number().int(),
  ids: z.array(z.number().int()),
  result: z.array(datasetListItemSchema),
});

/** `GET /api/v1/dataset/{pk}`. */
export const datasetResponseSchema = z.object({
  id: z.number().int(),
  result: datasetDetailSchema,
});

/** The answer to a create, an update or a duplicate: the id and the fields as stored. */
export const datasetWriteResponseSchema = z.object({
  id: z.number().int(),
  result: z.record(z.string(), z.unknown()),
});

/** `GET /api/v1/dataset/{pk}/related_objects`. */
export const datasetRelatedObjectsSchema = z.object({
  charts: z.object({
    count: z.number().int(),
    result: z.array(
      z.object({ id: z.number().int(), slice_name: z.string(), viz_type: z.string() }),
    ),
  }),
  dashboards: z.object({
    count: z.number().int(),
    result: z.array(
      z.object({
        id: z.number().int(),
        json_metadata: z.unknown(),
        slug: z.string().nullable(),
        title: z.string(),
      }),
    ),
  }),
});
export type DatasetRelatedObjects = z.infer<typeof datasetRelatedObjectsSchema>;

/** One related choice (`related/owners`, `related/database`) or distinct value (`distinct/schema`). */
export const relatedChoiceSchema = z.object({
  value: z.union([z.number(), z.string()]),
  text: z.string(),
  extra: z.record(z.string(), z.unknown()).optional(),
});
export const relatedChoicesResponseSchema = z.object({
  count: z.number().int(),
  result: z.array(relatedChoiceSchema),
});
export type RelatedChoice = z.infer<typeof relatedChoiceSchema>;

/** `GET /api/v1/datasource/table/{pk}/column/{col}/values/`: distinct values, then the limit applied. */
export const columnValuesResponseSchema = z.object({
  result: z.array(z.union([z.string(), z.number(), z.boolean(), z.null()])),
  limit: z.number().int(),
});
export type ColumnValuesResponse = z.infer<typeof columnValuesResponseSchema>;
