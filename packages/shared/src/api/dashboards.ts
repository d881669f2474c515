import { z } from 'zod';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, operatorTableFilterSchema } from './list-query.js';
import { POSITION_DATA_LIMIT } from './dashboard-layout.js';

/**
 * Dashboards (`/api/v1/dashboard/`) with Superset's shapes: `position_json` (the layout tree)
 * and `json_metadata` (filters, colours, refresh) travel as JSON strings; owners and roles as
 * ids on write and as objects on read. What those strings hold once parsed is in
 * dashboard-layout.ts and dashboard-filters.ts.
 */

/** Where the dashboards API lives. */
export const DASHBOARD_API_PATH = '/api/v1/dashboard/';
/** The page of a dashboard, by id or slug. */
export const dashboardUrl = (idOrSlug: number | string): string =>
  `/superset/dashboard/${encodeURIComponent(String(idOrSlug))}/`;

// ---------------------------------------------------------------------------------------------
// REST shapes

const ids = z.array(z.number().int().positive()).max(1000);
const nullableText = z.string().max(65535).nullable().optional();

/** A slug: letters, digits, `-` and `_`, not all digits (so it never reads as an id). */
export const dashboardSlugSchema = z
  .string()
  .trim()
  .max(255)
  .regex(/^[\w-]*$/, 'slug may hold only letters, digits, "-" and "_"')
  .refine((slug) => !/^\d+$/.test(slug), 'slug must not be only digits');

const jsonObjectText = (field: string, maxLength: number) =>
  z
    .string()
    .max(maxLength, `${field} is longer than ${maxLength} characters`)
    .refine(
      (text) => {
        if (text === '') return true;
        try {
          const value: unknown = JSON.parse(text);
          return typeof value === 'object' && value !== null && !Array.isArray(value);
        } catch {
          return false;
        }
      },
      { message: `${field} must be a JSON object` },
    );

/** Body of `POST /api/v1/dashboard/`. */
export const dashboardCreateSchema = z.strictObject({
  dashboard_title: z.string().trim().max(500).nullable().optional(),
  slug: dashboardSlugSchema.nullable().optional(),
  owners: ids.optional(),
  roles: ids.optional(),
  position_json: jsonObjectText('position_json', POSITION_DATA_LIMIT).nullable().optional(),
  json_metadata: jsonObjectText('json_metadata', 16_000_000).nullable().optional(),
  css: z.string().max(1_000_000).nullable().optional(),
  published: z.boolean().nullable().optional(),
  certified_by: nullableText,
  certification_details: nullableText,
  is_managed_externally: z.boolean().nullable().optional(),
  external_url: z.url().max(2048).nullable().optional(),
  uuid: z.uuid().nullable().optional(),
});
export type DashboardCreate = z.infer<typeof dashboardCreateSchema>;

/** Body of `PUT /api/v1/dashboard/{pk}`: any subset. */
export const dashboardUpdateSchema = dashboardCreateSchema
  .omit({ is_managed_externally: true, uuid: true })
  .extend({ tags: ids.optional() });
export type DashboardUpdate = z.infer<typeof dashboardUpdateSchema>;

/** Body of `POST /api/v1/dashboard/{id_or_slug}/copy/`. */
export const dashboardCopySchema = z.strictObject({
  dashboard_title: z.string().trim().max(500).nullable().optional(),
  css: z.string().max(1_000_000).nullable().optional(),
  json_metadata: jsonObjectText('json_metadata', 16_000_000),
  /** Copy the charts too (new charts), instead of sharing them. */
  duplicate_slices: z.boolean().optional(),
});
export type DashboardCopy = z.infer<typeof dashboardCopySchema>;

const userRef = z.object({
  id: z.number().int(),
  first_name: z.string(),
  last_name: z.string(),
});
const roleRef = z.object({ id: z.number().int(), name: z.string() });

/** `GET /api/v1/dashboard/{id_or_slug}` (Superset's DashboardGetResponseSchema). */
export const dashboardSchema = z.object({
  id: z.number().int(),
  uuid: z.string(),
  slug: z.string().nullable(),
  url: z.string(),
  dashboard_title: z.string(),
  thumbnail_url: z.string().nullable(),
  published: z.boolean(),
  css: z.string().nullable(),
  json_metadata: z.string().nullable(),
  position_json: z.string().nullable(),
  certified_by: z.string().nullable(),
  certification_details: z.string().nullable(),
  changed_by_name: z.string(),
  changed_by: userRef.nullable(),
  changed_on: z.string().nullable(),
  changed_on_delta_humanized: z.string(),
  created_by: userRef.nullable(),
  created_on_delta_humanized: z.string(),
  charts: z.array(z.string()),
  owners: z.array(userRef),
  roles: z.array(roleRef),
  tags: z.array(z.object({ id: z.number().int(), name: z.string(), type: z.number().int() })),
  is_managed_externally: z.boolean(),
  external_url: z.string().nullable(),
});
export type Dashboard = z.infer<typeof dashboardSchema>;

/** One row of `GET /api/v1/dashboard/`. */
export const dashboardListItemSchema = dashboardSchema
  .omit({ position_json: true, css: true, charts: true, json_metadata: true })
  .extend({
    changed_on_utc: z.string().nullable(),
    status: z.enum(['published', 'draft']),
  });
export type DashboardListItem = z.infer<typeof dashboardListItemSchema>;

/** One chart of `GET /api/v1/dashboard/{id_or_slug}/charts` (Superset's ChartEntityResponseSchema). */
export const dashboardChartSchema = z.object({
  id: z.number().int(),
  slice_name: z.string(),
  viz_type: z.string(),
  /** The form data, parsed. */
  form_data: z.record(z.string(), z.unknown()),
  description: z.string().nullable(),
  description_markeddown: z.string().nullable(),
  cache_timeout: z.number().int().nullable(),
  certified_by: z.string().nullable(),
  certification_details: z.string().nullable(),
  changed_on: z.string().nullable(),
  is_managed_externally: z.boolean(),
  datasource_id: z.number().int().nullable(),
  datasource_type: z.string().nullable(),
});
export type DashboardChart = z.infer<typeof dashboardChartSchema>;

/**
 * The filters of `GET /api/v1/dashboard/?q=`, by column then operator, with Superset's custom
 * operators: `title_or_slug` on dashboard_title, `dashboard_is_favorite` and
 * `dashboard_is_certified` on id, `dashboard_created_by_me` on created_by.
 */
export const DASHBOARD_LIST_FILTERS = {
  dashboard_title: { ct: z.string(), sw: z.string(), eq: z.string(), title_or_slug: z.string() },
  slug: { eq: z.string() },
  published: { eq: z.boolean() },
  owners: { rel_m_m: z.number().int() },
  created_by: { rel_o_m: z.number().int(), dashboard_created_by_me: z.unknown() },
  id: { dashboard_is_favorite: z.boolean(), dashboard_is_certified: z.boolean() },
} as const;

/** Body of `POST /api/v1/dashboard/{pk}/permalink` (Superset's state). */
export const dashboardPermalinkStateSchema = z.looseObject({
  dataMask: z.record(z.string(), z.looseObject({})).optional(),
  activeTabs: z.array(z.string()).max(1000).optional(),
  anchor: z.string().max(500).nullable().optional(),
  urlParams: z
    .array(z.tuple([z.string(), z.string()]))
    .max(100)
    .optional(),
  chartStates: z.record(z.string(), z.unknown()).optional(),
});
export type DashboardPermalinkState = z.infer<typeof dashboardPermalinkStateSchema>;

/** Body of `POST`/`PUT /api/v1/dashboard/{pk}/filter_state[/{key}]` (`value` is JSON text). */
export const dashboardFilterStateBodySchema = z.strictObject({
  value: z.string().max(1_000_000),
});

/** The page a dashboard permalink opens: `/superset/dashboard/p/{key}/`. */
export function dashboardPermalinkPath(key: string): string {
  return `/superset/dashboard/p/${encodeURIComponent(key)}/`;
}

/** `POST /api/v1/dashboard/{pk}/permalink` -> 201: the key and the absolute URL to share. */
export const dashboardPermalinkCreatedSchema = z.object({ key: z.string(), url: z.string() });

/** `GET /api/v1/dashboard/permalink/{key}`: the dashboard (its id, as text) and the state. */
export const dashboardPermalinkValueSchema = z.object({
  dashboardId: z.string(),
  state: dashboardPermalinkStateSchema,
});
export type DashboardPermalinkValue = z.infer<typeof dashboardPermalinkValueSchema>;

/** Query string of `POST`/`PUT .../filter_state`: the browser tab, which keeps one key. */
export const dashboardFilterStateWriteQuerySchema = z.object({
  tab_id: z.coerce.number().int().positive().optional(),
});

// ---------------------------------------------------------------------------------------------
// List query (added by the dashboards server domain)

type DashboardFilterSpec = typeof DASHBOARD_LIST_FILTERS;
/** One filter of the dashboard list: a column, one of its operators, and a value. */
export type DashboardListFilter = {
  [Col in keyof DashboardFilterSpec]: {
    [Opr in keyof DashboardFilterSpec[Col]]: {
      col: Col;
      opr: Opr;
      value: DashboardFilterSpec[Col][Opr] extends z.ZodType<infer V> ? V : never;
    };
  }[keyof DashboardFilterSpec[Col]];
}[keyof DashboardFilterSpec];

/** The columns the dashboard list orders by (Superset's `order_columns`). */
export const DASHBOARD_ORDER_COLUMNS = [
  'changed_on_delta_humanized',
  'changed_on',
  'dashboard_title',
  'published',
  'changed_by.first_name',
  'created_by.first_name',
] as const;

const dashboardFilterSchema =
  operatorTableFilterSchema<DashboardListFilter>(DASHBOARD_LIST_FILTERS);

/** `GET /api/v1/dashboard/?q=`: filters (ANDed), order and page. */
export const dashboardListQuerySchema = z.object({
  filters: z.array(dashboardFilterSchema).max(50).default([]),
  order_column: z.enum(DASHBOARD_ORDER_COLUMNS).default('changed_on'),
  order_direction: z.enum(['asc', 'desc']).default('desc'),
  page: z.number().int().min(0).default(0),
  page_size: z.number().int().min(1).max(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE),
});
export type DashboardListQuery = z.infer<typeof dashboardListQuerySchema>;

/** `DELETE /api/v1/dashboard/?q=!(1,2)` and `favorite_status/?q=!(1,2)`: the ids. */
export const dashboardIdsSchema = z.array(z.number().int().positive()).min(1).max(1000);
