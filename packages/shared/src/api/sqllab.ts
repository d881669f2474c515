import { z } from 'zod';
import { listQuerySchema, listResponseSchema } from './list-query.js';

/**
 * SQL Lab's wire contract, with Superset's shapes: running SQL (`/api/v1/sqllab/`), the
 * query history (`/api/v1/query/`), saved queries (`/api/v1/saved_query/`) and the tab state
 * the editor restores on reload (`/tabstateview/`).
 */

export const SQLLAB_API_PATH = '/api/v1/sqllab/';
export const QUERY_API_PATH = '/api/v1/query/';
export const SAVED_QUERY_API_PATH = '/api/v1/saved_query/';
export const TAB_STATE_PATH = '/tabstateview/';

/** Superset's `QueryStatus`. */
export const QUERY_STATES = [
  'pending',
  'scheduled',
  'running',
  'fetching',
  'success',
  'failed',
  'stopped',
  'timed_out',
] as const;
export const queryStateSchema = z.enum(QUERY_STATES);
export type QueryState = z.infer<typeof queryStateSchema>;

/** Why a result has fewer rows than the query could give (Superset's `LimitingFactor`). */
export const limitingFactorSchema = z.enum([
  'QUERY',
  'DROPDOWN',
  'QUERY_AND_DROPDOWN',
  'NOT_LIMITED',
  'UNKNOWN',
]);

/** Body of `POST /api/v1/sqllab/execute/`. */
export const executeSqlSchema = z.strictObject({
  database_id: z.number().int().positive(),
  sql: z.string().min(1, 'sql is required').max(1_000_000),
  /** The editor's id for this run (Superset: at most 11 characters). */
  client_id: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,11}$/, 'client_id is 1-11 letters, digits, _ or -')
    .optional(),
  schema: z.string().max(256).nullable().optional(),
  catalog: z.string().max(256).nullable().optional(),
  tab: z.string().max(256).nullable().optional(),
  sql_editor_id: z.string().max(64).nullable().optional(),
  runAsync: z.boolean().optional(),
  select_as_cta: z.boolean().optional(),
  ctas_method: z.enum(['TABLE', 'VIEW']).optional(),
  tmp_table_name: z.string().max(256).nullable().optional(),
  tmp_schema_name: z.string().max(256).nullable().optional(),
  /** JSON text of an object (Superset sends a string); an object is accepted too. */
  templateParams: z
    .union([z.string().max(65535), z.record(z.string(), z.unknown())])
    .nullable()
    .optional(),
  queryLimit: z.number().int().positive().optional(),
  expand_data: z.boolean().optional(),
  json: z.boolean().optional(),
});
export type ExecuteSql = z.infer<typeof executeSqlSchema>;

/** A query as SQL Lab's client keeps it (Superset's `Query.to_dict()`, camelCase keys). */
export const sqlLabQuerySchema = z.object({
  /** The client id. */
  id: z.string(),
  queryId: z.number().int(),
  dbId: z.number().int(),
  db: z.string().nullable(),
  sql: z.string(),
  executedSql: z.string().nullable(),
  schema: z.string().nullable(),
  catalog: z.string().nullable(),
  tab: z.string().nullable(),
  sqlEditorId: z.string().nullable(),
  state: queryStateSchema,
  progress: z.number(),
  rows: z.number().int().nullable(),
  limit: z.number().int().nullable(),
  limitingFactor: limitingFactorSchema,
  errorMessage: z.string().nullable(),
  /** Present on failures: Superset's error objects. */
  errors: z.array(z.record(z.string(), z.unknown())).optional(),
  resultsKey: z.string().nullable(),
  ctas: z.boolean(),
  ctas_method: z.enum(['TABLE', 'VIEW']).nullable(),
  tempSchema: z.string().nullable(),
  tempTable: z.string().nullable(),
  /** Epoch milliseconds. */
  startDttm: z.number().nullable(),
  endDttm: z.number().nullable(),
  changed_on: z.string(),
  userId: z.number().int().nullable(),
  user: z.string().nullable(),
  trackingUrl: z.string().nullable(),
  extra: z.record(z.string(), z.unknown()),
});
export type SqlLabQuery = z.infer<typeof sqlLabQuerySchema>;

/** One result column (Superset's `columns` entry). */
export const resultColumnSchema = z.object({
  column_name: z.string(),
  name: z.string(),
  type: z.string().nullable(),
  /** GenericDataType: 0 numeric, 1 string, 2 temporal, 3 boolean. */
  type_generic: z.number().int().nullable(),
  is_dttm: z.boolean(),
});
export type ResultColumnDescription = z.infer<typeof resultColumnSchema>;

/**
 * A finished run, from `POST execute/` (synchronous) or `GET results/`: rows as records keyed
 * by column name, as Superset sends them.
 */
export const sqlLabResultsSchema = z.object({
  status: queryStateSchema,
  query_id: z.number().int(),
  query: sqlLabQuerySchema,
  data: z.array(z.record(z.string(), z.unknown())),
  columns: z.array(resultColumnSchema),
  selected_columns: z.array(resultColumnSchema),
  expanded_columns: z.array(resultColumnSchema),
  /** True when `data` was cut to DISPLAY_MAX_ROW (or the `rows` asked for). */
  displayLimitReached: z.boolean().optional(),
});
export type SqlLabResults = z.infer<typeof sqlLabResultsSchema>;

/** `POST execute/` when the run went to the queue: HTTP 202 with the pending query. */
export const sqlLabPendingSchema = z.object({ query: sqlLabQuerySchema });

/** `GET results/?q=(key:...,rows:n)`. */
export const resultsQuerySchema = z.object({
  key: z.string().min(1).max(256),
  rows: z.number().int().positive().optional(),
});

/** `POST /api/v1/query/stop`. */
export const stopQuerySchema = z.strictObject({ client_id: z.string().min(1).max(11) });

/** `GET /api/v1/query/updated_since?q=(last_updated_ms:...)` → `{ result: SqlLabQuery[] }`. */
export const updatedSinceQuerySchema = z.object({ last_updated_ms: z.number().nonnegative() });

/** `POST format_sql/`. */
export const formatSqlSchema = z.strictObject({
  sql: z.string().max(1_000_000),
  database_id: z.number().int().positive().optional(),
  engine: z.string().max(64).optional(),
});

/** `POST estimate/` → `{ result: [{ ...cost fields }] }`. */
export const estimateSqlSchema = z.strictObject({
  database_id: z.number().int().positive(),
  sql: z.string().min(1).max(1_000_000),
  schema: z.string().max(256).nullable().optional(),
  catalog: z.string().max(256).nullable().optional(),
  template_params: z.record(z.string(), z.unknown()).optional(),
});

/** `POST /api/v1/database/{pk}/validate_sql/` → `{ result: SqlValidationAnnotation[] }`. */
export const validateSqlSchema = z.strictObject({
  sql: z.string().max(1_000_000),
  schema: z.string().max(256).nullable().optional(),
  catalog: z.string().max(256).nullable().optional(),
  template_params: z.record(z.string(), z.unknown()).optional(),
});
export const sqlValidationAnnotationSchema = z.object({
  line_number: z.number().int().nullable(),
  start_column: z.number().int().nullable(),
  end_column: z.number().int().nullable(),
  message: z.string(),
});
export type SqlValidationAnnotation = z.infer<typeof sqlValidationAnnotationSchema>;

/** A row of the query history list (`GET /api/v1/query/`). */
export const queryHistoryItemSchema = z.object({
  id: z.number().int(),
  client_id: z.string(),
  changed_on: z.string(),
  database: z.object({ id: z.number().int(), database_name: z.string() }),
  schema: z.string().nullable(),
  sql: z.string(),
  executed_sql: z.string().nullable(),
  status: queryStateSchema,
  rows: z.number().int().nullable(),
  start_time: z.number().nullable(),
  end_time: z.number().nullable(),
  tab_name: z.string().nullable(),
  tmp_table_name: z.string().nullable(),
  tracking_url: z.string().nullable(),
  user: z
    .object({ id: z.number().int(), first_name: z.string(), last_name: z.string() })
    .nullable(),
  error_message: z.string().nullable(),
});
export type QueryHistoryItem = z.infer<typeof queryHistoryItemSchema>;

/** A saved query (`/api/v1/saved_query/`). */
export const savedQuerySchema = z.object({
  id: z.number().int(),
  uuid: z.string(),
  label: z.string(),
  description: z.string().nullable(),
  db_id: z.number().int(),
  database: z.object({ id: z.number().int(), database_name: z.string() }),
  catalog: z.string().nullable(),
  schema: z.string().nullable(),
  sql: z.string(),
  template_parameters: z.string().nullable(),
  /** JSON text; holds `schedule_info` when SCHEDULED_QUERIES is configured. */
  extra_json: z.string(),
  rows: z.number().int().nullable(),
  last_run: z.string().nullable(),
  changed_on: z.string().nullable(),
  changed_on_delta_humanized: z.string(),
  created_by: z
    .object({ id: z.number().int(), first_name: z.string(), last_name: z.string() })
    .nullable(),
});
export type SavedQuery = z.infer<typeof savedQuerySchema>;

export const savedQueryCreateSchema = z.strictObject({
  label: z.string().trim().min(1, 'label is required').max(256),
  description: z.string().max(65535).nullable().optional(),
  db_id: z.number().int().positive(),
  catalog: z.string().max(256).nullable().optional(),
  schema: z.string().max(256).nullable().optional(),
  sql: z.string().max(1_000_000),
  template_parameters: z.string().max(65535).nullable().optional(),
  extra_json: z.string().max(65535).optional(),
});
export const savedQueryUpdateSchema = savedQueryCreateSchema.partial();

/**
 * `GET /api/v1/saved_query/?q=`: filters on the text columns, the database (by id) and the
 * schema; the caller's own saved queries only.
 */
export const savedQueryListQuerySchema = listQuerySchema({
  filters: {
    label: { operators: ['ct', 'sw', 'eq'], value: z.string() },
    description: { operators: ['ct'], value: z.string() },
    sql: { operators: ['ct'], value: z.string() },
    database: { operators: ['eq'], value: z.number().int() },
    schema: { operators: ['eq', 'ct'], value: z.string() },
  },
  orderColumns: ['changed_on', 'label', 'schema', 'description', 'last_run', 'rows'],
  defaultOrder: { column: 'changed_on', direction: 'desc' },
});
export type SavedQueryListQuery = z.infer<typeof savedQueryListQuerySchema>;
export const savedQueryListResponseSchema = listResponseSchema(savedQuerySchema);

/** `DELETE /api/v1/saved_query/?q=!(1,2)`: the ids to delete. */
export const savedQueryBulkDeleteSchema = z.array(z.number().int().positive()).min(1).max(1000);

/**
 * SCHEDULED_QUERIES as the editor reads it to build the "Schedule query" form: a JSON Schema,
 * its @rjsf UI schema, cross-field rules (`less_equal`) and the scheduler link template.
 */
export const scheduledQueriesConfigSchema = z.object({
  JSONSCHEMA: z.record(z.string(), z.unknown()),
  UISCHEMA: z.record(z.string(), z.unknown()).optional(),
  VALIDATION: z
    .array(
      z.object({
        name: z.string(),
        arguments: z.array(z.string()),
        message: z.string(),
        container: z.string().optional(),
      }),
    )
    .optional(),
  linkback: z.string().optional(),
});
export type ScheduledQueriesConfig = z.infer<typeof scheduledQueriesConfigSchema>;
export type SavedQueryCreate = z.infer<typeof savedQueryCreateSchema>;

/** The editor's tab as stored server-side (Superset's `TabState`). */
export const tabStateSchema = z.object({
  id: z.number().int(),
  label: z.string(),
  active: z.boolean(),
  database_id: z.number().int().nullable(),
  schema: z.string().nullable(),
  catalog: z.string().nullable(),
  sql: z.string(),
  query_limit: z.number().int().nullable(),
  template_params: z.string().nullable(),
  autorun: z.boolean(),
  hide_left_bar: z.boolean(),
  saved_query_id: z.number().int().nullable(),
  latest_query: sqlLabQuerySchema.nullable(),
  table_schemas: z.array(
    z.object({
      id: z.number().int(),
      database_id: z.number().int(),
      schema: z.string().nullable(),
      table: z.string(),
      expanded: z.boolean(),
    }),
  ),
});
export type TabState = z.infer<typeof tabStateSchema>;

/** Body of `POST /tabstateview/` and `PUT /tabstateview/{id}` (fields of TabState to set). */
export const tabStateWriteSchema = z
  .strictObject({
    label: z.string().max(256),
    active: z.boolean(),
    database_id: z.number().int().positive().nullable(),
    schema: z.string().max(256).nullable(),
    catalog: z.string().max(256).nullable(),
    sql: z.string().max(1_000_000),
    query_limit: z.number().int().positive().nullable(),
    template_params: z.string().max(65535).nullable(),
    autorun: z.boolean(),
    hide_left_bar: z.boolean(),
    saved_query_id: z.number().int().positive().nullable(),
    latest_query_id: z.string().max(11).nullable(),
  })
  .partial();

/**
 * Body of `POST /tableschemaview/`: a table opened in a tab's table browser, as the editor
 * holds it (Superset's `table` form field). Other fields are kept as its description.
 */
export const tableSchemaCreateSchema = z.looseObject({
  /** The tab (`TabState` id) the browser belongs to. */
  queryEditorId: z.union([z.number().int().positive(), z.string().regex(/^\d{1,10}$/)]),
  dbId: z.number().int().positive(),
  schema: z.string().max(256).nullable(),
  catalog: z.string().max(256).nullable().optional(),
  name: z.string().min(1).max(256),
});
export type TableSchemaCreate = z.infer<typeof tableSchemaCreateSchema>;

/** Body of `POST /tableschemaview/{id}/expanded`. */
export const tableSchemaExpandedSchema = z.strictObject({ expanded: z.boolean() });

/** `GET /api/v1/sqllab/`: what the editor needs to start. */
export const sqlLabBootstrapSchema = z.object({
  result: z.object({
    active_tab: tabStateSchema.nullable(),
    tab_state_ids: z.array(z.tuple([z.number().int(), z.string()])),
    databases: z.record(z.string(), z.record(z.string(), z.unknown())),
    queries: z.record(z.string(), sqlLabQuerySchema),
    /** SCHEDULED_QUERIES, or null when it is not configured (no "Schedule query" button). */
    scheduled_queries: scheduledQueriesConfigSchema.nullable().optional(),
  }),
});

const epochOrIso = z.union([z.number().nonnegative(), z.iso.datetime({ offset: true })]);

/**
 * One filter of `GET /api/v1/query/?q=(filters:!(...))`, Superset's query-history search:
 * - `database` (or `database_id`) `rel_o_m`/`eq` a database id;
 * - `status` `eq` a state; `user` `rel_o_m`/`eq` a user id;
 * - `sql` `ct` a text (contains, ignoring case);
 * - `start_time` `gt`/`lt` a time, or `between` `!(from,to)`: epoch milliseconds or ISO 8601.
 */
export const queryListFilterSchema = z.union([
  z.object({
    col: z.enum(['database', 'database_id']),
    opr: z.enum(['rel_o_m', 'eq']),
    value: z.number().int(),
  }),
  z.object({ col: z.literal('status'), opr: z.literal('eq'), value: queryStateSchema }),
  z.object({ col: z.literal('user'), opr: z.enum(['rel_o_m', 'eq']), value: z.number().int() }),
  z.object({ col: z.literal('sql'), opr: z.literal('ct'), value: z.string().max(1000) }),
  z.object({ col: z.literal('start_time'), opr: z.enum(['gt', 'lt']), value: epochOrIso }),
  z.object({
    col: z.literal('start_time'),
    opr: z.literal('between'),
    value: z.tuple([epochOrIso, epochOrIso]),
  }),
]);
export type QueryListFilter = z.infer<typeof queryListFilterSchema>;

/** The Rison `q` of `GET /api/v1/query/` → `{ count, ids, result: QueryHistoryItem[] }`. */
export const queryListQuerySchema = z.object({
  filters: z.array(queryListFilterSchema).default([]),
  order_column: z.enum(['start_time', 'changed_on', 'rows', 'status']).default('start_time'),
  order_direction: z.enum(['asc', 'desc']).default('desc'),
  page: z.number().int().min(0).default(0),
  page_size: z.number().int().min(1).max(100).default(25),
});
export type QueryListQuery = z.infer<typeof queryListQuerySchema>;
