import type {
  DefaultedBooleanColumn,
  DefaultedIntegerColumn,
  IdColumn,
  NullableTimestampColumn,
} from './column-types.js';

/** `ab_permission`: an action name such as `can_read` or `menu_access`. */
export interface AbPermissionTable {
  id: IdColumn;
  name: string;
}

/** `ab_view_menu`: what a permission applies to, such as `Dashboard` or `SQL Lab`. */
export interface AbViewMenuTable {
  id: IdColumn;
  name: string;
}

/** `ab_permission_view`: one (permission, view menu) pair. */
export interface AbPermissionViewTable {
  id: IdColumn;
  permission_id: number;
  view_menu_id: number;
}

/** `ab_role`. */
export interface AbRoleTable {
  id: IdColumn;
  name: string;
}

/** `ab_permission_view_role`: a role is granted a (permission, view menu) pair. */
export interface AbPermissionViewRoleTable {
  id: IdColumn;
  permission_view_id: number;
  role_id: number;
}

/** `ab_user`: `password` holds a hash (null for users who log in elsewhere, e.g. LDAP). */
export interface AbUserTable {
  id: IdColumn;
  first_name: string;
  last_name: string;
  username: string;
  password: string | null;
  active: DefaultedBooleanColumn;
  email: string;
  last_login: NullableTimestampColumn;
  login_count: DefaultedIntegerColumn;
  fail_login_count: DefaultedIntegerColumn;
  created_on: NullableTimestampColumn;
  changed_on: NullableTimestampColumn;
  created_by_fk: number | null;
  changed_by_fk: number | null;
  /** Sessions and access tokens issued before this moment are refused (migration 0004). */
  sessions_valid_after: NullableTimestampColumn;
}

/** `ab_user_role`: a user holds a role. */
export interface AbUserRoleTable {
  id: IdColumn;
  user_id: number;
  role_id: number;
}

/** The security tables (migration 0001; `ab_user.sessions_valid_after` from 0004). */
export interface SecuritySchema {
  ab_permission: AbPermissionTable;
  ab_view_menu: AbViewMenuTable;
  ab_permission_view: AbPermissionViewTable;
  ab_role: AbRoleTable;
  ab_permission_view_role: AbPermissionViewRoleTable;
  ab_user: AbUserTable;
  ab_user_role: AbUserRoleTable;
}
