import type { PermissionPair } from './permission-catalogue.js';

/** The roles `superset init` owns and resets; any other role is a custom role, left alone. */
export const BUILTIN_ROLE_NAMES = ['Admin', 'Alpha', 'Gamma', 'sql_lab', 'Public'] as const;

/** One of the builtin roles. */
export type BuiltinRoleName = (typeof BUILTIN_ROLE_NAMES)[number];

/** The builtin roles whose permissions follow from the rules below (Public is configured). */
export type RuleBasedRoleName = Exclude<BuiltinRoleName, 'Public'>;

/** PUBLIC_ROLE_LIKE value that selects the minimal public permissions. */
export const MINIMAL_PUBLIC_ROLE_LIKE = 'Public';

type Pair = readonly [permission: string, viewMenu: string];

/**
 * Superset's role rules as data (security manager, section 8.1 of the inventory). A pair
 * belongs to Admin unless it is per-object; to Alpha unless admin-only or SQL Lab-only; to
 * Gamma unless also alpha-only or gamma-excluded; `ACCESSIBLE_TO_ALL` overrides both.
 */
export const ROLE_RULES = {
  /** Created per database, schema or dataset, and granted by hand. */
  objectPermissions: ['database_access', 'catalog_access', 'schema_access', 'datasource_access'],
  adminOnlyViewMenus: [
    'Security',
    'List Users',
    'List Roles',
    'Action Log',
    'Log',
    'Row Level Security',
    'SQL Lab',
    'Role',
    'User',
    'UserDBModelView',
  ],
  adminOnlyPermissions: [
    'all_query_access',
    'can_grant_guest_token',
    'can_set_embedded',
    'can_warm_up_cache',
    'can_update_role',
  ],
  /** Only reading these is open beyond Admin. */
  readOnlyViewMenus: ['Database', 'DynamicPlugin'],
  /** Only reading these is open to Gamma. */
  gammaReadOnlyViewMenus: [
    'Database',
    'DynamicPlugin',
    'Dataset',
    'Datasource',
    'CssTemplate',
    'Annotation',
  ],
  readOnlyPermissions: ['can_show', 'can_list', 'can_get', 'can_external_metadata', 'can_read'],
  alphaOnlyViewMenus: [
    'Alerts & Reports',
    'Annotation Layers',
    'CSS Templates',
    'Manage',
    'ReportSchedule',
  ],
  alphaOnlyPermissions: ['muldelete', 'all_database_access', 'all_datasource_access'],
  /** Alpha-only although on a read-only view menu. */
  alphaOnlyPairs: [['can_upload', 'Database']] as readonly Pair[],
  gammaExcludedPairs: [
    ['can_export_data', 'Superset'],
    ['can_export_image', 'Superset'],
  ] as readonly Pair[],
  accessibleToAll: ['can_userinfo', 'resetmypassword', 'can_recent_activity'],
  sqlLabOnlyPairs: [
    ['can_read', 'SavedQuery'],
    ['can_write', 'SavedQuery'],
    ['can_export', 'SavedQuery'],
    ['can_read', 'Query'],
    ['can_export_csv', 'Query'],
    ['can_read', 'SQLLab'],
    ['can_execute_sql_query', 'SQLLab'],
    ['can_get_results', 'SQLLab'],
    ['can_export_csv', 'SQLLab'],
    ['can_format_sql', 'SQLLab'],
    ['can_estimate_query_cost', 'SQLLab'],
    ['can_read', 'SqlLabPermalinkRestApi'],
    ['can_write', 'SqlLabPermalinkRestApi'],
    ['can_sqllab', 'Superset'],
    ['can_sqllab_history', 'Superset'],
    ['can_get', 'TabStateView'],
    ['can_post', 'TabStateView'],
    ['can_put', 'TabStateView'],
    ['can_delete', 'TabStateView'],
    ['can_activate', 'TabStateView'],
    ['can_delete_query', 'TabStateView'],
    ['can_migrate_query', 'TabStateView'],
    ['can_post', 'TableSchemaView'],
    ['can_delete', 'TableSchemaView'],
    ['can_expanded', 'TableSchemaView'],
    ['menu_access', 'SQL Lab'],
    ['menu_access', 'SQL Editor'],
    ['menu_access', 'Saved Queries'],
    ['menu_access', 'Query Search'],
  ] as readonly Pair[],
  /** What sql_lab holds besides the SQL Lab-only pairs. */
  sqlLabExtraPairs: [
    ['can_csv', 'Superset'],
    ['can_export_data', 'Superset'],
    ['can_copy_clipboard', 'Superset'],
    ['can_read', 'Database'],
  ] as readonly Pair[],
  /** PUBLIC_ROLE_LIKE = "Public": enough to view a dashboard and its charts anonymously. */
  minimalPublicPairs: [
    ['can_read', 'Dashboard'],
    ['can_read', 'Chart'],
    ['can_dashboard', 'Superset'],
    ['can_slice', 'Superset'],
    ['can_explore_json', 'Superset'],
    ['can_read', 'DashboardPermalinkRestApi'],
    ['can_read', 'DashboardFilterStateRestApi'],
    ['can_write', 'DashboardFilterStateRestApi'],
    ['can_time_range', 'Api'],
    ['can_query_form_data', 'Api'],
    ['can_query', 'Api'],
    ['can_read', 'CssTemplate'],
    ['can_read', 'CurrentUserRestApi'],
    ['can_read', 'Annotation'],
    ['can_read', 'ExplorePermalinkRestApi'],
    ['can_read', 'Datasource'],
    ['can_external_metadata', 'Datasource'],
  ] as readonly Pair[],
} as const;

const hasPair = (pairs: readonly Pair[], { permission, viewMenu }: PermissionPair) =>
  pairs.some(([p, v]) => p === permission && v === viewMenu);
const isIn = (names: readonly string[], name: string) => names.includes(name);

function isObjectPermission(pair: PermissionPair): boolean {
  return isIn(ROLE_RULES.objectPermissions, pair.permission);
}

function isAdminOnly(pair: PermissionPair): boolean {
  if (hasPair(ROLE_RULES.alphaOnlyPairs, pair)) return false;
  const isWriteOnReadOnlyView =
    isIn(ROLE_RULES.readOnlyViewMenus, pair.viewMenu) &&
    !isIn(ROLE_RULES.readOnlyPermissions, pair.permission);
  return (
    isWriteOnReadOnlyView ||
    isIn(ROLE_RULES.adminOnlyViewMenus, pair.viewMenu) ||
    isIn(ROLE_RULES.adminOnlyPermissions, pair.permission)
  );
}

function isAlphaOnly(pair: PermissionPair): boolean {
  const isWriteOnGammaReadOnlyView =
    isIn(ROLE_RULES.gammaReadOnlyViewMenus, pair.viewMenu) &&
    !isIn(ROLE_RULES.readOnlyPermissions, pair.permission);
  return (
    isWriteOnGammaReadOnlyView ||
    hasPair(ROLE_RULES.alphaOnlyPairs, pair) ||
    isIn(ROLE_RULES.alphaOnlyViewMenus, pair.viewMenu) ||
    isIn(ROLE_RULES.alphaOnlyPermissions, pair.permission)
  );
}

function isSqlLabOnly(pair: PermissionPair): boolean {
  return hasPair(ROLE_RULES.sqlLabOnlyPairs, pair);
}

function isAccessibleToAll(pair: PermissionPair): boolean {
  return isIn(ROLE_RULES.accessibleToAll, pair.permission);
}

/** Whether a rule-based builtin role holds `pair`. */
export function isInBuiltinRole(role: RuleBasedRoleName, pair: PermissionPair): boolean {
  if (isObjectPermission(pair)) return false;
  switch (role) {
    case 'Admin':
      return true;
    case 'Alpha':
      return isAccessibleToAll(pair) || !(isAdminOnly(pair) || isSqlLabOnly(pair));
    case 'Gamma':
      return (
        isAccessibleToAll(pair) ||
        !(
          isAdminOnly(pair) ||
          isAlphaOnly(pair) ||
          isSqlLabOnly(pair) ||
          hasPair(ROLE_RULES.gammaExcludedPairs, pair)
        )
      );
    case 'sql_lab':
      return isSqlLabOnly(pair) || hasPair(ROLE_RULES.sqlLabExtraPairs, pair);
  }
}

/** Whether `pair` is one of the minimal public permissions (PUBLIC_ROLE_LIKE = "Public"). */
export function isMinimalPublicPermission(pair: PermissionPair): boolean {
  return hasPair(ROLE_RULES.minimalPublicPairs, pair);
}
