import type { QueryState } from '@superset-ts/shared';

/** Why a result has fewer rows than the query could give (Superset's LimitingFactor). */
export type LimitingFactor =
  'QUERY' | 'DROPDOWN' | 'QUERY_AND_DROPDOWN' | 'NOT_LIMITED' | 'UNKNOWN';

/** The process that runs a query, recorded so a dead owner can be told from a slow query. */
export interface QueryOwner {
  instance: string;
  host: string;
  pid: number;
}

/** `query.extra_json`, typed: the keys this build reads and writes. */
export interface QueryExtra {
  /** Superset's error objects of a failed run. */
  errors?: Record<string, unknown>[];
  /** The database-side id a cancel needs (Superset's `cancel_query`). */
  cancel_query?: string;
  /** "Running statement i out of n". */
  progress?: string;
  owner?: QueryOwner;
  /** Epoch ms of the owner's last sign of life. */
  heartbeat_ms?: number;
  /** The sync or async time limit the run started under, in seconds. */
  time_limit_seconds?: number;
  [key: string]: unknown;
}

/** A `query` row as the domain reads it: booleans, numbers and JSON normalised. */
export interface QueryRecord {
  id: number;
  client_id: string;
  database_id: number;
  database_name: string | null;
  tmp_table_name: string | null;
  tmp_schema_name: string | null;
  user_id: number | null;
  user: { id: number; username: string; first_name: string; last_name: string } | null;
  status: QueryState;
  tab_name: string | null;
  sql_editor_id: string | null;
  schema: string | null;
  catalog: string | null;
  sql: string;
  select_sql: string | null;
  executed_sql: string | null;
  limit: number | null;
  limiting_factor: LimitingFactor;
  select_as_cta: boolean;
  select_as_cta_used: boolean;
  ctas_method: 'TABLE' | 'VIEW' | null;
  progress: number;
  rows: number | null;
  error_message: string | null;
  results_key: string | null;
  start_time: number | null;
  start_running_time: number | null;
  end_time: number | null;
  end_result_backend_time: number | null;
  tracking_url: string | null;
  extra: QueryExtra;
  changed_on: Date | null;
}

/** Columns a run writes as it goes (any subset). */
export type QueryChanges = Partial<
  Pick<
    QueryRecord,
    | 'status'
    | 'tab_name'
    | 'sql_editor_id'
    | 'schema'
    | 'catalog'
    | 'sql'
    | 'select_sql'
    | 'executed_sql'
    | 'limit'
    | 'limiting_factor'
    | 'select_as_cta'
    | 'select_as_cta_used'
    | 'ctas_method'
    | 'tmp_table_name'
    | 'tmp_schema_name'
    | 'progress'
    | 'rows'
    | 'error_message'
    | 'results_key'
    | 'start_time'
    | 'start_running_time'
    | 'end_time'
    | 'end_result_backend_time'
    | 'tracking_url'
    | 'extra'
  >
>;

/** A new run's row. */
export interface NewQuery {
  client_id: string;
  database_id: number;
  user_id: number | null;
  sql: string;
  schema: string | null;
  catalog: string | null;
  tab_name: string | null;
  sql_editor_id: string | null;
  select_as_cta: boolean;
  ctas_method: 'TABLE' | 'VIEW';
  tmp_table_name: string | null;
  tmp_schema_name: string | null;
  limit: number | null;
  start_time: number;
  extra: QueryExtra;
}

/** Which queries a caller may see: all (all_query_access) or one user's. */
export type QueryVisibility = { kind: 'all' } | { kind: 'user'; userId: number | null };

/** States a run is still in. */
export const UNFINISHED_STATES: readonly QueryState[] = [
  'pending',
  'scheduled',
  'running',
  'fetching',
];
