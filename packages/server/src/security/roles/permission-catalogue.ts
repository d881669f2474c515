/**
 * A FAB permission: an action (`can_read`, `menu_access`, ...) on a view menu (`Dashboard`,
 * `SQL Lab`, ...). Stored as a row of `ab_permission_view`.
 */
export interface PermissionPair {
  permission: string;
  viewMenu: string;
}

/**
 * The actions of each view menu, with Superset's names: SIP-19 `can_read`/`can_write` on the
 * model APIs, plus the custom permissions Superset creates at `superset init`. Per-object
 * permissions (`datasource_access` on `[db].[table](id:1)`, ...) are not listed: they are
 * created with their object.
 */
const ACTIONS_BY_VIEW_MENU: ReadonlyArray<readonly [viewMenu: string, actions: readonly string[]]> =
  [
    ['Chart', ['can_read', 'can_write', 'can_export', 'can_tag']],
    [
      'Dashboard',
      [
        'can_read',
        'can_write',
        'can_export',
        'can_tag',
        'can_view_query',
        'can_view_chart_as_table',
        'can_drill',
        'can_set_embedded',
      ],
    ],
    ['Dataset', ['can_read', 'can_write', 'can_export']],
    ['Database', ['can_read', 'can_write', 'can_export', 'can_upload']],
    ['Query', ['can_read', 'can_export_csv']],
    ['SavedQuery', ['can_read', 'can_write', 'can_export']],
    ['Log', ['can_read', 'can_write', 'can_recent_activity']],
    ['CssTemplate', ['can_read', 'can_write']],
    ['Annotation', ['can_read', 'can_write']],
    ['ReportSchedule', ['can_read', 'can_write']],
    ['Row Level Security', ['can_read', 'can_write']],
    ['Tag', ['can_read', 'can_write']],
    ['Explore', ['can_read']],
    ['ExploreFormDataRestApi', ['can_read', 'can_write']],
    ['ExplorePermalinkRestApi', ['can_read', 'can_write']],
    ['DashboardFilterStateRestApi', ['can_read', 'can_write']],
    ['DashboardPermalinkRestApi', ['can_read', 'can_write']],
    [
      'SQLLab',
      [
        'can_read',
        'can_execute_sql_query',
        'can_get_results',
        'can_export_csv',
        'can_format_sql',
        'can_estimate_query_cost',
      ],
    ],
    ['SqlLabPermalinkRestApi', ['can_read', 'can_write']],
    [
      'TabStateView',
      [
        'can_get',
        'can_post',
        'can_put',
        'can_delete',
        'can_activate',
        'can_delete_query',
        'can_migrate_query',
      ],
    ],
    ['TableSchemaView', ['can_post', 'can_delete', 'can_expanded']],
    ['Datasource', ['can_read', 'can_write', 'can_external_metadata']],
    ['CurrentUserRestApi', ['can_read']],
    ['SecurityRestApi', ['can_read', 'can_grant_guest_token']],
    ['Role', ['can_read', 'can_write']],
    ['User', ['can_read', 'can_write']],
    ['UserDBModelView', ['can_userinfo', 'resetmypassword']],
    ['Api', ['can_query', 'can_query_form_data', 'can_time_range']],
    [
      'Superset',
      [
        'can_sqllab',
        'can_sqllab_history',
        'can_csv',
        'can_export_data',
        'can_export_image',
        'can_copy_clipboard',
        'can_share_dashboard',
        'can_share_chart',
        'can_dashboard',
        'can_slice',
        'can_explore',
        'can_explore_json',
        'can_log',
        'can_warm_up_cache',
      ],
    ],
    ['all_datasource_access', ['all_datasource_access']],
    ['all_database_access', ['all_database_access']],
    ['all_query_access', ['all_query_access']],
  ];

/** The menu entries, each guarded by `menu_access`. */
const MENUS: readonly string[] = [
  'Dashboards',
  'Charts',
  'Datasets',
  'SQL Lab',
  'SQL Editor',
  'Saved Queries',
  'Query Search',
  'Data',
  'Databases',
  'Manage',
  'Security',
  'List Users',
  'List Roles',
  'Action Log',
  'Row Level Security',
  'CSS Templates',
  'Alerts & Reports',
  'Annotation Layers',
];

/** Every permission `superset init` creates, each exactly once. */
export const PERMISSION_CATALOGUE: readonly PermissionPair[] = [
  ...ACTIONS_BY_VIEW_MENU.flatMap(([viewMenu, actions]) =>
    actions.map((permission) => ({ permission, viewMenu })),
  ),
  ...MENUS.map((viewMenu) => ({ permission: 'menu_access', viewMenu })),
];

/** A stable string for a pair, for sets and maps. */
export function pairKey(pair: PermissionPair): string {
  return `${pair.permission}\u0000${pair.viewMenu}`;
}
