import { z } from 'zod';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, operatorTableFilterSchema } from './list-query.js';

/**
 * Saved charts (`/api/v1/chart/`) with Superset's shapes: `params` (the Explore form data) and
 * `query_context` travel as JSON strings, owners and dashboards as ids on write and as objects
 * on read.
 */

/** Where the charts API lives. */
export const CHART_API_PATH = '/api/v1/chart/';

/** The datasource types a chart may be built on here (Superset's `DatasourceType.TABLE`). */
export const chartDatasourceTypeSchema = z.literal('table', {
  error: 'datasource_type must be "table" (a dataset)',
});

const jsonText = (field: string) =>
  z
    .string()
    .max(16_000_000)
    .refine(
      (text) => {
        try {
          JSON.parse(text);
          return true;
        } catch {
          return false;
        }
      },
      { message: `${field} must be JSON text` },
    );

const ids = z.array(z.number().int().positive()).max(1000);
const nullableText = z.string().max(65535).nullable().optional();

/** Body of `POST /api/v1/chart/`. */
export const chartCreateSchema = z.strictObject({
  slice_name: z.string().trim().min(1, 'slice_name is required').max(250),
  description: nullableText,
  viz_type: z.string().max(250).optional(),
  owners: ids.optional(),
  params: jsonText('params').nullable().optional(),
  query_context: jsonText('query_context').nullable().optional(),
  query_context_generation: z.boolean().nullable().optional(),
  cache_timeout: z.number().int().min(-1).nullable().optional(),
  datasource_id: z.number().int().positive(),
  datasource_type: chartDatasourceTypeSchema,
  datasource_name: z.string().max(2000).nullable().optional(),
  dashboards: ids.optional(),
  certified_by: nullableText,
  certification_details: nullableText,
  is_managed_externally: z.boolean().nullable().optional(),
  external_url: z.url().max(2048).nullable().optional(),
  uuid: z.uuid().nullable().optional(),
});
export type ChartCreate = z.infer<typeof chartCreateSchema>;

/** Body of `PUT /api/v1/chart/{pk}`: any subset; `is_managed_externally` is not changeable. */
export const chartUpdateSchema = z.strictObject({
  slice_name: z.string().trim().max(250).nullable().optional(),
  description: nullableText,
  viz_type: z.string().max(250).nullable().optional(),
  owners: ids.optional(),
  params: jsonText('params').nullable().optional(),
  query_context: jsonText('query_context').nullable().optional(),
  query_context_generation: z.boolean().nullable().optional(),
  cache_timeout: z.number().int().min(-1).nullable().optional(),
  datasource_id: z.number().int().positive().nullable().optional(),
  datasource_type: chartDatasourceTypeSchema.nullable().optional(),
  dashboards: ids.optional(),
  certified_by: nullableText,
  certification_details: nullableText,
  external_url: z.url().max(2048).nullable().optional(),
  tags: ids.optional(),
  uuid: z.uuid().nullable().optional(),
});
export type ChartUpdate = z.infer<typeof chartUpdateSchema>;

const userRef = z.object({
  id: z.number().int(),
  first_name: z.string(),
  last_name: z.string(),
});

/** A dashboard a chart is on (always empty until dashboards exist). */
export const chartDashboardRefSchema = z.object({
  id: z.number().int(),
  dashboard_title: z.string(),
  json_metadata: z.string().nullable().optional(),
});

/** `GET /api/v1/chart/{pk}` (Superset's ChartGetResponseSchema). */
export const chartSchema = z.object({
  id: z.number().int(),
  uuid: z.string(),
  slice_name: z.string(),
  viz_type: z.string(),
  description: z.string().nullable(),
  params: z.string().nullable(),
  query_context: z.string().nullable(),
  cache_timeout: z.number().int().nullable(),
  certified_by: z.string().nullable(),
  certification_details: z.string().nullable(),
  changed_on_delta_humanized: z.string(),
  is_managed_externally: z.boolean(),
  owners: z.array(userRef),
  dashboards: z.array(chartDashboardRefSchema),
  tags: z.array(z.object({ id: z.number().int(), name: z.string(), type: z.number().int() })),
  datasource_id: z.number().int().nullable(),
  datasource_type: z.string().nullable(),
  datasource_name_text: z.string().nullable(),
  datasource_url: z.string().nullable(),
  datasource_uuid: z.string().nullable(),
  url: z.string(),
  thumbnail_url: z.string().nullable(),
});
export type Chart = z.infer<typeof chartSchema>;

/** One row of `GET /api/v1/chart/` (the list columns Superset's chart list uses). */
export const chartListItemSchema = chartSchema
  .omit({ query_context: true, datasource_uuid: true })
  .extend({
    changed_by: userRef.nullable(),
    changed_by_name: z.string(),
    changed_on_dttm: z.number().nullable(),
    changed_on_utc: z.string().nullable(),
    created_by: userRef.nullable(),
    created_by_name: z.string(),
    created_on_delta_humanized: z.string(),
    edit_url: z.string(),
    form_data: z.record(z.string(), z.unknown()),
    last_saved_at: z.string().nullable(),
    last_saved_by: userRef.nullable(),
    slice_url: z.string(),
    table: z.object({ default_endpoint: z.string().nullable(), table_name: z.string() }).nullable(),
  });
export type ChartListItem = z.infer<typeof chartListItemSchema>;

/**
 * The filters of `GET /api/v1/chart/?q=`, by column then operator, with Superset's custom
 * operators: `chart_all_text` (name, description, viz type or dataset name contain the text),
 * `chart_is_favorite` and `chart_is_certified` on `id`, `chart_created_by_me` on created_by.
 */
export const CHART_LIST_FILTERS = {
  slice_name: {
    ct: z.string(),
    sw: z.string(),
    eq: z.string(),
    chart_all_text: z.string(),
  },
  description: { ct: z.string() },
  viz_type: { eq: z.string(), neq: z.string(), ct: z.string() },
  datasource_id: { eq: z.number().int() },
  datasource_type: { eq: z.string() },
  datasource_name: { ct: z.string(), eq: z.string() },
  owners: { rel_m_m: z.number().int() },
  created_by: {
    rel_o_m: z.number().int(),
    chart_created_by_me: z.unknown(),
    chart_has_created_by: z.boolean(),
  },
  changed_by: { rel_o_m: z.number().int() },
  dashboards: { rel_m_m: z.number().int() },
  id: {
    eq: z.number().int(),
    chart_is_favorite: z.boolean(),
    chart_is_certified: z.boolean(),
    chart_owned_created_favored_by_me: z.unknown(),
  },
  uuid: { eq: z.string() },
} as const;

type ChartFilterSpec = typeof CHART_LIST_FILTERS;
/** One filter of the chart list: a column, one of its operators, and a value. */
export type ChartListFilter = {
  [Col in keyof ChartFilterSpec]: {
    [Opr in keyof ChartFilterSpec[Col]]: {
      col: Col;
      opr: Opr;
      value: ChartFilterSpec[Col][Opr] extends z.ZodType<infer V> ? V : never;
    };
  }[keyof ChartFilterSpec[Col]];
}[keyof ChartFilterSpec];

/** The columns the chart list orders by. */
export const CHART_ORDER_COLUMNS = [
  'changed_on_delta_humanized',
  'changed_on',
  'slice_name',
  'viz_type',
  'datasource_id',
  'datasource_name',
  'last_saved_at',
  'changed_by.first_name',
  'last_saved_by.first_name',
] as const;

const chartFilterSchema = operatorTableFilterSchema<ChartListFilter>(CHART_LIST_FILTERS);

/** `GET /api/v1/chart/?q=`: filters (ANDed), order and page. */
export const chartListQuerySchema = z.object({
  filters: z.array(chartFilterSchema).max(50).default([]),
  order_column: z.enum(CHART_ORDER_COLUMNS).default('changed_on'),
  order_direction: z.enum(['asc', 'desc']).default('desc'),
  page: z.number().int().min(0).default(0),
  page_size: z.number().int().min(1).max(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE),
});
export type ChartListQuery = z.infer<typeof chartListQuerySchema>;

export const chartListResponseSchema = z.object({
  count: z.number().int(),
  ids: z.array(z.number().int()),
  result: z.array(chartListItemSchema),
});

/** `?q=!(1,2)` of bulk delete and favorite_status. */
export const chartIdsSchema = z.array(z.number().int().positive()).min(1).max(1000);

/** `GET /api/v1/chart/favorite_status/`: whether each asked-for chart is a favourite. */
export const chartFavoriteStatusResponseSchema = z.object({
  result: z.array(z.object({ id: z.number().int(), value: z.boolean() })),
});
export type ChartFavoriteStatusResponse = z.infer<typeof chartFavoriteStatusResponseSchema>;
