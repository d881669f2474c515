import { z } from 'zod';

/**
 * The action log API (`/api/v1/log/`), as Superset's `LogRestApi`: list and show rows of the
 * `logs` table (Admin only), the caller's own recent activity, and front-end events.
 */

/** Where the action log API lives. */
export const LOG_API_PATH = '/api/v1/log/';

/** The largest page the log endpoints return. */
export const LOG_MAX_PAGE_SIZE = 100;

/** The page size when a log query names none. */
export const LOG_DEFAULT_PAGE_SIZE = 25;

/** The most front-end events one `POST /api/v1/log/` may carry. */
export const LOG_MAX_EVENTS_PER_POST = 100;

/** The user who acted, as a log row shows it (never more than names). */
export const logUserSchema = z.object({
  id: z.number().int(),
  username: z.string(),
  first_name: z.string(),
  last_name: z.string(),
});

export type LogUser = z.infer<typeof logUserSchema>;

/**
 * One row of the action log. `json` is the event's details as a JSON value (the stored text,
 * parsed); `dttm` is ISO 8601 in UTC.
 */
export const logEntrySchema = z.object({
  id: z.number().int(),
  action: z.string().nullable(),
  user_id: z.number().int().nullable(),
  user: logUserSchema.nullable(),
  json: z.json().nullable(),
  dttm: z.string().nullable(),
  dashboard_id: z.number().int().nullable(),
  slice_id: z.number().int().nullable(),
  duration_ms: z.number().int().nullable(),
  referrer: z.string().nullable(),
});

export type LogEntry = z.infer<typeof logEntrySchema>;

const page = z.number().int().min(0).default(0);
const pageSize = z.number().int().min(1).max(LOG_MAX_PAGE_SIZE).default(LOG_DEFAULT_PAGE_SIZE);
const isoDateTime = z.iso.datetime({ offset: true });

/**
 * One filter of a log list query (FAB's `(col, opr, value)`):
 * - `action` `ct` (contains, ignoring case), `sw` (starts with) or `eq` a text;
 * - `user` `rel_o_m` or `eq` a user id (the row's user);
 * - `dttm` `gt` (after) or `lt` (before) an ISO 8601 date-time with a zone.
 */
export const logFilterSchema = z.discriminatedUnion('col', [
  z.object({ col: z.literal('action'), opr: z.enum(['ct', 'sw', 'eq']), value: z.string() }),
  z.object({ col: z.literal('user'), opr: z.enum(['rel_o_m', 'eq']), value: z.number().int() }),
  z.object({ col: z.literal('dttm'), opr: z.enum(['gt', 'lt']), value: isoDateTime }),
]);

export type LogFilter = z.infer<typeof logFilterSchema>;

/** The columns a log list can be ordered by. */
export const LOG_ORDER_COLUMNS = ['dttm', 'action', 'duration_ms', 'id'] as const;

/** `GET /api/v1/log/?q=<rison>`: filters (ANDed), order (newest first by default), page. */
export const logListQuerySchema = z.object({
  filters: z.array(logFilterSchema).max(20).default([]),
  order_column: z.enum(LOG_ORDER_COLUMNS).default('dttm'),
  order_direction: z.enum(['asc', 'desc']).default('desc'),
  page,
  page_size: pageSize,
});

export type LogListQuery = z.infer<typeof logListQuerySchema>;

/** What a caller may send as `q` before defaults are applied. */
export type LogListQueryInput = z.input<typeof logListQuerySchema>;

/** `GET /api/v1/log/`: the total count, the ids of this page and its rows. */
export const logListResponseSchema = z.object({
  count: z.number().int(),
  ids: z.array(z.number().int()),
  result: z.array(logEntrySchema),
});

export type LogListResponse = z.infer<typeof logListResponseSchema>;

/** `GET /api/v1/log/<pk>`. */
export const logShowResponseSchema = z.object({ id: z.number().int(), result: logEntrySchema });

/**
 * `GET /api/v1/log/recent_activity/?q=<rison>`: the caller's own actions, newest first,
 * optionally only some `actions`; `distinct` keeps the latest row per action and
 * dashboard/chart, among rows that name one (Superset's behaviour).
 */
export const recentActivityQuerySchema = z.object({
  actions: z.array(z.string().min(1)).max(50).optional(),
  distinct: z.boolean().default(false),
  page,
  page_size: pageSize,
});

export type RecentActivityQuery = z.infer<typeof recentActivityQuerySchema>;

/** One recent action (Superset's `RecentActivitySchema`); `time` is epoch milliseconds. */
export const recentActivitySchema = z.object({
  action: z.string().nullable(),
  item_type: z.enum(['dashboard', 'slice']).nullable(),
  item_url: z.string().nullable(),
  item_title: z.string().nullable(),
  time: z.number(),
  time_delta_humanized: z.string(),
});

export type RecentActivity = z.infer<typeof recentActivitySchema>;

export const recentActivityResponseSchema = z.object({ result: z.array(recentActivitySchema) });

/** One front-end event: any JSON object (Superset's logger sends `event_name`, `source`, ...). */
export const frontendEventSchema = z.record(z.string(), z.json());

const frontendEventList = z.array(frontendEventSchema).min(1).max(LOG_MAX_EVENTS_PER_POST);

/**
 * `POST /api/v1/log/`: `{ events: [...] }`, or Superset's form of it, where `events` is the
 * JSON text of that list.
 */
export const frontendEventsSchema = z.object({
  events: z.union([
    frontendEventList,
    z
      .string()
      .transform((text, context) => {
        try {
          return JSON.parse(text) as unknown;
        } catch {
          context.addIssue({ code: 'custom', message: 'events is not valid JSON' });
          return z.NEVER;
        }
      })
      .pipe(frontendEventList),
  ]),
});

export type FrontendEvents = z.infer<typeof frontendEventsSchema>;

/** `GET /api/v1/log/related/user?q=(filter:text)`: users to filter the log by (FAB's shape). */
export const relatedUserQuerySchema = z.object({
  filter: z.string().max(256).default(''),
  page,
  page_size: pageSize,
});

export type RelatedUserQuery = z.infer<typeof relatedUserQuerySchema>;

export const relatedUsersResponseSchema = z.object({
  count: z.number().int(),
  result: z.array(z.object({ value: z.number().int(), text: z.string() })),
});

export type RelatedUsersResponse = z.infer<typeof relatedUsersResponseSchema>;
