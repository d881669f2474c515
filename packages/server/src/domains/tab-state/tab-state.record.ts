/** A `tab_state` row as the domain reads it. */
export interface TabStateRecord {
  id: number;
  user_id: number;
  label: string;
  active: boolean;
  database_id: number | null;
  catalog: string | null;
  schema: string | null;
  sql: string;
  query_limit: number | null;
  latest_query_id: string | null;
  autorun: boolean;
  template_params: string | null;
  hide_left_bar: boolean;
  saved_query_id: number | null;
}

/** A `table_schema` row: a table open in a tab's table browser. */
export interface TableSchemaRecord {
  id: number;
  tab_state_id: number;
  database_id: number;
  catalog: string | null;
  schema: string | null;
  table: string;
  description: string | null;
  expanded: boolean;
}

/** The columns of a tab a write may set. */
export type TabStateChanges = Partial<Omit<TabStateRecord, 'id' | 'user_id'>>;
