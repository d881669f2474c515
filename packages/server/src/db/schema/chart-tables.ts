import type { ColumnType } from 'kysely';
import type { DefaultedBooleanColumn, IdColumn, NullableTimestampColumn } from './column-types.js';

/**
 * `slices`: one saved chart (migration 0010). `params` is the Explore form data as JSON text,
 * `query_context` the last chart-data request as JSON text; `perm`, `schema_perm` and
 * `catalog_perm` copy the dataset's access permissions when the chart is saved.
 */
export interface SlicesTable {
  id: IdColumn;
  uuid: string;
  created_on: NullableTimestampColumn;
  changed_on: NullableTimestampColumn;
  created_by_fk: number | null;
  changed_by_fk: number | null;
  slice_name: string | null;
  datasource_id: number | null;
  datasource_type: string | null;
  datasource_name: string | null;
  viz_type: string | null;
  params: string | null;
  query_context: string | null;
  description: string | null;
  cache_timeout: number | null;
  perm: string | null;
  schema_perm: string | null;
  catalog_perm: string | null;
  certified_by: string | null;
  certification_details: string | null;
  is_managed_externally: DefaultedBooleanColumn;
  external_url: string | null;
  last_saved_at: NullableTimestampColumn;
  last_saved_by_fk: number | null;
}

/** `slice_user`: a user owns a chart. */
export interface SliceUserTable {
  id: IdColumn;
  user_id: number;
  slice_id: number;
}

/** `favstar`: a user's favourite object; `class_name` is `slice` or `Dashboard`. */
export interface FavstarTable {
  id: IdColumn;
  user_id: number;
  class_name: string;
  obj_id: number;
  dttm: NullableTimestampColumn;
}

/** Bytes as every driver returns them (a Node Buffer is a Uint8Array). */
export type BlobColumn = ColumnType<Uint8Array, Uint8Array, Uint8Array>;

/** `key_value`: an entry of one resource (`explore_permalink`, `superset_metastore_cache`, ...). */
export interface KeyValueTable {
  id: IdColumn;
  resource: string;
  value: BlobColumn;
  uuid: string;
  created_on: NullableTimestampColumn;
  created_by_fk: number | null;
  changed_on: NullableTimestampColumn;
  changed_by_fk: number | null;
  expires_on: NullableTimestampColumn;
}

/** Charts, their owners, favourites and the key-value store (migration 0010). */
export interface ChartSchema {
  slices: SlicesTable;
  slice_user: SliceUserTable;
  favstar: FavstarTable;
  key_value: KeyValueTable;
}
