import type { IdColumn, NullableTimestampColumn } from './column-types.js';

/** `logs`: one user action; `json` holds the event's details as a JSON document. */
export interface LogsTable {
  id: IdColumn;
  action: string | null;
  user_id: number | null;
  json: string | null;
  dttm: NullableTimestampColumn;
  dashboard_id: number | null;
  slice_id: number | null;
  duration_ms: number | null;
  referrer: string | null;
}

/** The action log (migration 0002). */
export interface ActionLogSchema {
  logs: LogsTable;
}
