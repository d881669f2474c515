import type { IdColumn, NullableTimestampColumn } from './column-types.js';

/** Superset's RowLevelSecurityFilterType. */
export type RowLevelSecurityFilterType = 'Regular' | 'Base';

/**
 * `row_level_security_filters`: a WHERE fragment added to the queries of some datasets
 * (migration 0011). Regular filters apply to their roles, Base filters to everyone else.
 */
export interface RowLevelSecurityFiltersTable {
  id: IdColumn;
  name: string;
  description: string | null;
  filter_type: RowLevelSecurityFilterType;
  group_key: string | null;
  clause: string;
  created_on: NullableTimestampColumn;
  changed_on: NullableTimestampColumn;
  created_by_fk: number | null;
  changed_by_fk: number | null;
}

/** `rls_filter_roles`: the roles a filter names (migration 0011). */
export interface RlsFilterRolesTable {
  id: IdColumn;
  rls_filter_id: number;
  role_id: number;
}

/** `rls_filter_tables`: the datasets a filter applies to (migration 0011). */
export interface RlsFilterTablesTable {
  id: IdColumn;
  rls_filter_id: number;
  table_id: number;
}

/** Row level security (migration 0011). */
export interface RlsSchema {
  row_level_security_filters: RowLevelSecurityFiltersTable;
  rls_filter_roles: RlsFilterRolesTable;
  rls_filter_tables: RlsFilterTablesTable;
}
