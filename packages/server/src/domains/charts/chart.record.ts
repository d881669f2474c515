/** A user named on a chart (owner, creator, last editor). */
export interface ChartUserRef {
  id: number;
  first_name: string;
  last_name: string;
}

/** The dataset a chart is built on, when it still exists. */
export interface ChartDatasetRef {
  id: number;
  uuid: string;
  table_name: string;
  schema: string | null;
  default_endpoint: string | null;
  perm: string | null;
  schema_perm: string | null;
  catalog_perm: string | null;
}

/** A `slices` row as the domain reads it, with its dataset, users and owners. */
export interface ChartRecord {
  id: number;
  uuid: string;
  slice_name: string;
  viz_type: string;
  description: string | null;
  params: string | null;
  query_context: string | null;
  cache_timeout: number | null;
  datasource_id: number | null;
  datasource_type: string | null;
  datasource_name: string | null;
  certified_by: string | null;
  certification_details: string | null;
  is_managed_externally: boolean;
  external_url: string | null;
  created_on: Date | null;
  changed_on: Date | null;
  last_saved_at: Date | null;
  created_by: ChartUserRef | null;
  changed_by: ChartUserRef | null;
  last_saved_by: ChartUserRef | null;
  dataset: ChartDatasetRef | null;
  owners: ChartUserRef[];
}

/** The columns a create or an update writes. */
export interface ChartValues {
  slice_name: string;
  viz_type: string;
  description: string | null;
  params: string | null;
  query_context: string | null;
  cache_timeout: number | null;
  datasource_id: number;
  datasource_type: string;
  datasource_name: string | null;
  perm: string | null;
  schema_perm: string | null;
  catalog_perm: string | null;
  certified_by: string | null;
  certification_details: string | null;
  external_url: string | null;
}
