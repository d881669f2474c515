/** A user named on a saved query. */
export interface SavedQueryUserRef {
  id: number;
  first_name: string;
  last_name: string;
  email: string | null;
}

/** A `saved_query` row as the domain reads it, with its database and creator. */
export interface SavedQueryRecord {
  id: number;
  uuid: string;
  user_id: number | null;
  db_id: number | null;
  database_name: string | null;
  /** The database's URL with its password masked (for the legacy read endpoint). */
  sqlalchemy_uri: string | null;
  catalog: string | null;
  schema: string | null;
  label: string;
  description: string | null;
  sql: string;
  template_parameters: string | null;
  extra_json: string;
  rows: number | null;
  last_run: Date | null;
  changed_on: Date | null;
  created_by: SavedQueryUserRef | null;
}

/** The columns a create or an update writes. */
export interface SavedQueryValues {
  label: string;
  description: string | null;
  db_id: number;
  catalog: string | null;
  schema: string | null;
  sql: string;
  template_parameters: string | null;
  extra_json: string;
}

/** Whose saved queries a read sees: one user's, or everyone's (all_query_access). */
export type SavedQueryVisibility = { kind: 'all' } | { kind: 'owner'; userId: number };
