import type { DefaultedBooleanColumn, IdColumn, NullableTimestampColumn } from './column-types.js';

/** Who created and last changed a row, and when (Superset's AuditMixin). */
interface AuditColumns {
  created_on: NullableTimestampColumn;
  changed_on: NullableTimestampColumn;
  created_by_fk: number | null;
  changed_by_fk: number | null;
}

/**
 * `saved_query`: a query a user saved from SQL Lab (migration 0008). `extra_json` is a JSON
 * document; it holds `schedule_info` when SCHEDULED_QUERIES is configured.
 */
export interface SavedQueryTable extends AuditColumns {
  id: IdColumn;
  uuid: string;
  user_id: number | null;
  db_id: number | null;
  catalog: string | null;
  schema: string | null;
  label: string | null;
  description: string | null;
  sql: string | null;
  template_parameters: string | null;
  extra_json: string | null;
  last_run: NullableTimestampColumn;
  rows: number | null;
}

/** `tab_state`: one SQL Lab editor tab of one user, restored on reload (migration 0008). */
export interface TabStateTable extends AuditColumns {
  id: IdColumn;
  extra_json: string | null;
  user_id: number | null;
  label: string | null;
  active: DefaultedBooleanColumn;
  database_id: number | null;
  catalog: string | null;
  schema: string | null;
  sql: string | null;
  query_limit: number | null;
  /** A `query.client_id`. */
  latest_query_id: string | null;
  autorun: DefaultedBooleanColumn;
  template_params: string | null;
  hide_left_bar: DefaultedBooleanColumn;
  saved_query_id: number | null;
}

/** `table_schema`: a table opened in a tab's table browser (migration 0008). */
export interface TableSchemaTable extends AuditColumns {
  id: IdColumn;
  extra_json: string | null;
  tab_state_id: number | null;
  database_id: number;
  catalog: string | null;
  schema: string | null;
  table: string | null;
  /** The browser's JSON description of the table (columns, keys, preview SQL). */
  description: string | null;
  expanded: DefaultedBooleanColumn;
}

/** SQL Lab's saved queries and tab state (migration 0008). */
export interface SqlLabSavedSchema {
  saved_query: SavedQueryTable;
  tab_state: TabStateTable;
  table_schema: TableSchemaTable;
}
