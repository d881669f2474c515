/** A user named on a dashboard (owner, creator, last editor). */
export interface DashboardUserRef {
  id: number;
  first_name: string;
  last_name: string;
}

/** A role a dashboard is shown to (DASHBOARD_RBAC). */
export interface DashboardRoleRef {
  id: number;
  name: string;
}

/** A `dashboards` row as the domain reads it, with its users, owners and roles. */
export interface DashboardRecord {
  id: number;
  uuid: string;
  dashboard_title: string;
  slug: string | null;
  position_json: string | null;
  json_metadata: string | null;
  description: string | null;
  css: string | null;
  published: boolean;
  certified_by: string | null;
  certification_details: string | null;
  is_managed_externally: boolean;
  external_url: string | null;
  created_on: Date | null;
  changed_on: Date | null;
  created_by: DashboardUserRef | null;
  changed_by: DashboardUserRef | null;
  owners: DashboardUserRef[];
  roles: DashboardRoleRef[];
}

/** The columns a create or an update writes (absent keys are left as they are). */
export interface DashboardValues {
  dashboard_title?: string | null;
  slug?: string | null;
  position_json?: string | null;
  json_metadata?: string | null;
  css?: string | null;
  published?: boolean;
  certified_by?: string | null;
  certification_details?: string | null;
  external_url?: string | null;
}
