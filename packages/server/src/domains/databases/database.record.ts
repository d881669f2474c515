/** A user named on a database row (creator, last editor). */
export interface DatabaseUserRef {
  id: number;
  first_name: string;
  last_name: string;
}

/**
 * A `dbs` row as the domain reads it: booleans and timestamps normalised, secrets still
 * encrypted (`password`, `encrypted_extra`, `server_cert` are `v1:` ciphertext or null).
 */
export interface DatabaseRecord {
  id: number;
  uuid: string;
  database_name: string;
  verbose_name: string | null;
  /** The URL with the password masked. */
  sqlalchemy_uri: string;
  password: string | null;
  cache_timeout: number | null;
  expose_in_sqllab: boolean;
  allow_run_async: boolean;
  allow_ctas: boolean;
  allow_cvas: boolean;
  allow_dml: boolean;
  force_ctas_schema: string | null;
  allow_file_upload: boolean;
  extra: string | null;
  encrypted_extra: string | null;
  impersonate_user: boolean;
  server_cert: string | null;
  configuration_method: 'sqlalchemy_form' | 'dynamic_form';
  is_managed_externally: boolean;
  external_url: string | null;
  created_on: Date | null;
  changed_on: Date | null;
  created_by: DatabaseUserRef | null;
  changed_by: DatabaseUserRef | null;
}

/** The columns a create or an update writes; secrets already encrypted. */
export interface DatabaseValues {
  database_name: string;
  sqlalchemy_uri: string;
  password: string | null;
  cache_timeout: number | null;
  expose_in_sqllab: boolean;
  allow_run_async: boolean;
  allow_ctas: boolean;
  allow_cvas: boolean;
  allow_dml: boolean;
  force_ctas_schema: string | null;
  allow_file_upload: boolean;
  extra: string;
  encrypted_extra: string | null;
  impersonate_user: boolean;
  server_cert: string | null;
  configuration_method: 'sqlalchemy_form' | 'dynamic_form';
}

/** A dataset of a database, as a refused delete and related_objects name it. */
export interface DatasetRef {
  id: number;
  table_name: string;
  schema: string | null;
}

/** Which databases a caller may see: all of them, or those with these ids. */
export type DatabaseVisibility = { kind: 'all' } | { kind: 'ids'; ids: readonly number[] };
