import type { ColumnType } from 'kysely';
import type { DefaultedBooleanColumn, IdColumn, NullableTimestampColumn } from './column-types.js';

/**
 * `dbs`: one analytics database connection (migration 0005). `sqlalchemy_uri` holds the URL
 * with its password masked; `password`, `encrypted_extra` and `server_cert` hold `v1:`
 * ciphertext, never plain text. `extra` is a JSON document.
 */
export interface DbsTable {
  id: IdColumn;
  uuid: string;
  created_on: NullableTimestampColumn;
  changed_on: NullableTimestampColumn;
  created_by_fk: number | null;
  changed_by_fk: number | null;
  verbose_name: string | null;
  database_name: string;
  sqlalchemy_uri: string;
  password: string | null;
  cache_timeout: number | null;
  expose_in_sqllab: DefaultedBooleanColumn;
  allow_run_async: DefaultedBooleanColumn;
  allow_ctas: DefaultedBooleanColumn;
  allow_cvas: DefaultedBooleanColumn;
  allow_dml: DefaultedBooleanColumn;
  force_ctas_schema: string | null;
  allow_file_upload: DefaultedBooleanColumn;
  extra: string | null;
  encrypted_extra: string | null;
  impersonate_user: DefaultedBooleanColumn;
  server_cert: string | null;
  /** `sqlalchemy_form` (a URL was typed) or `dynamic_form` (the parameters form). */
  configuration_method: ColumnType<string, string | undefined, string>;
  is_managed_externally: DefaultedBooleanColumn;
  external_url: string | null;
}

/**
 * `tables`: one dataset, a table or a SQL query of a database (migration 0006). The datasets
 * capability owns its behaviour; `database_id` keeps a database with datasets from deletion.
 */
export interface TablesTable {
  id: IdColumn;
  uuid: string;
  created_on: NullableTimestampColumn;
  changed_on: NullableTimestampColumn;
  created_by_fk: number | null;
  changed_by_fk: number | null;
  table_name: string;
  main_dttm_col: string | null;
  default_endpoint: string | null;
  database_id: number;
  offset: number | null;
  description: string | null;
  is_featured: DefaultedBooleanColumn;
  cache_timeout: number | null;
  schema: string | null;
  sql: string | null;
  params: string | null;
  perm: string | null;
  filter_select_enabled: DefaultedBooleanColumn;
  fetch_values_predicate: string | null;
  is_sqllab_view: DefaultedBooleanColumn;
  template_params: string | null;
  schema_perm: string | null;
  catalog: string | null;
  catalog_perm: string | null;
  extra: string | null;
  normalize_columns: DefaultedBooleanColumn;
  always_filter_main_dttm: DefaultedBooleanColumn;
  is_managed_externally: DefaultedBooleanColumn;
  external_url: string | null;
}

/** Database connections and datasets (migrations 0005 and 0006). */
export interface DatabaseSchema {
  dbs: DbsTable;
  tables: TablesTable;
}
