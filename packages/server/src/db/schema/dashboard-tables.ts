import type { ColumnType } from 'kysely';
import type { DefaultedBooleanColumn, IdColumn, NullableTimestampColumn } from './column-types.js';

/**
 * `dashboards`: one dashboard (migration 0012). `position_json` holds the layout tree and
 * `json_metadata` the filters, colours and refresh settings, both as JSON text.
 */
export interface DashboardsTable {
  id: IdColumn;
  uuid: string;
  created_on: NullableTimestampColumn;
  changed_on: NullableTimestampColumn;
  created_by_fk: number | null;
  changed_by_fk: number | null;
  dashboard_title: string | null;
  position_json: string | null;
  json_metadata: string | null;
  description: string | null;
  css: string | null;
  slug: string | null;
  published: DefaultedBooleanColumn;
  certified_by: string | null;
  certification_details: string | null;
  is_managed_externally: DefaultedBooleanColumn;
  external_url: string | null;
}

/** `dashboard_slices`: a chart is on a dashboard. */
export interface DashboardSlicesTable {
  id: IdColumn;
  dashboard_id: number;
  slice_id: number;
}

/** `dashboard_user`: a user owns a dashboard. */
export interface DashboardUserTable {
  id: IdColumn;
  user_id: number;
  dashboard_id: number;
}

/** `dashboard_roles`: a role may see a dashboard (with DASHBOARD_RBAC). */
export interface DashboardRolesTable {
  id: IdColumn;
  dashboard_id: number;
  role_id: number;
}

/** `css_templates`: a named CSS snippet offered in the dashboard's CSS editor. */
export interface CssTemplateTable {
  id: IdColumn;
  /** Optional on insert: templates created through the API get none. */
  uuid: ColumnType<string | null, string | null | undefined, string | null>;
  template_name: string;
  css: string | null;
  created_on: NullableTimestampColumn;
  changed_on: NullableTimestampColumn;
  created_by_fk: number | null;
  changed_by_fk: number | null;
}

/** Dashboards, their charts, owners and roles, and CSS templates (migration 0012). */
export interface DashboardSchema {
  dashboards: DashboardsTable;
  dashboard_slices: DashboardSlicesTable;
  dashboard_user: DashboardUserTable;
  dashboard_roles: DashboardRolesTable;
  css_templates: CssTemplateTable;
}
