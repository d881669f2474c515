import type { ColumnType } from 'kysely';
import type { IdColumn, NullableTimestampColumn } from './column-types.js';
import type { DbBoolean } from '../metadata-values.js';

/** NUMERIC(20,6) epoch milliseconds: text on PostgreSQL and MySQL, a number on SQLite. */
export type EpochMsColumn = ColumnType<string | number | null, number | null, number | null>;

/**
 * `query`: one SQL Lab run (migration 0007), with Superset's columns. Times are epoch
 * milliseconds; `extra_json` is a JSON object (errors, cancel id, the process that runs it).
 */
export interface QueryTable {
  id: IdColumn;
  client_id: string;
  database_id: number;
  tmp_table_name: string | null;
  tmp_schema_name: string | null;
  user_id: number | null;
  status: string;
  tab_name: string | null;
  sql_editor_id: string | null;
  schema: string | null;
  catalog: string | null;
  sql: string | null;
  select_sql: string | null;
  executed_sql: string | null;
  limit: number | null;
  limiting_factor: ColumnType<string, string | undefined, string>;
  select_as_cta: ColumnType<DbBoolean | null, boolean | null, boolean | null>;
  select_as_cta_used: ColumnType<DbBoolean, boolean | undefined, boolean>;
  ctas_method: string | null;
  progress: ColumnType<number, number | undefined, number>;
  rows: number | null;
  error_message: string | null;
  results_key: string | null;
  start_time: EpochMsColumn;
  start_running_time: EpochMsColumn;
  end_time: EpochMsColumn;
  end_result_backend_time: EpochMsColumn;
  tracking_url: string | null;
  extra_json: string | null;
  changed_on: NullableTimestampColumn;
}

/** SQL Lab's query history (migration 0007). */
export interface QuerySchema {
  query: QueryTable;
}
