/** One page: its path, whether anonymous visitors may see it, and what it needs of a user. */
export interface PageSpec {
  path: string;
  isPublic: boolean;
  /** `[action, resource]` a user needs; others get the shell with a 403 (access denied). */
  permission?: readonly [action: string, resource: string];
}

/**
 * The pages of the web app, with Superset's URLs so bookmarks carry over. The server serves
 * the application shell for these paths (and 404 for others); the web app's router maps the
 * same paths to components. A page is listed here when its capability exists.
 */
export const PAGES = {
  login: { path: '/login/', isPublic: true },
  welcome: { path: '/superset/welcome/', isPublic: false },
  usersList: { path: '/users/list/', isPublic: false, permission: ['can_read', 'User'] },
  rolesList: { path: '/roles/list/', isPublic: false, permission: ['can_read', 'Role'] },
  userInfo: { path: '/user_info/', isPublic: false },
  actionLog: { path: '/actionlog/list/', isPublic: false, permission: ['can_read', 'Log'] },
  rowLevelSecurityList: {
    path: '/rowlevelsecurity/list/',
    isPublic: false,
    permission: ['can_read', 'Row Level Security'],
  },
  databasesList: {
    path: '/databaseview/list/',
    isPublic: false,
    permission: ['can_read', 'Database'],
  },
  dashboardsList: {
    path: '/dashboard/list/',
    isPublic: false,
    permission: ['can_read', 'Dashboard'],
  },
  chartsList: { path: '/chart/list/', isPublic: false, permission: ['can_read', 'Chart'] },
  chartAdd: { path: '/chart/add/', isPublic: false, permission: ['can_write', 'Chart'] },
  datasetsList: {
    path: '/tablemodelview/list/',
    isPublic: false,
    permission: ['can_read', 'Dataset'],
  },
  sqlLab: { path: '/sqllab/', isPublic: false, permission: ['can_sqllab', 'Superset'] },
  queryHistory: { path: '/sqllab/history/', isPublic: false, permission: ['can_read', 'Query'] },
  savedQueriesList: {
    path: '/savedqueryview/list/',
    isPublic: false,
    permission: ['can_read', 'SavedQuery'],
  },
  explore: { path: '/explore/', isPublic: false, permission: ['can_read', 'Explore'] },
  /** A shared Explore state: `/superset/explore/p/{key}/` (the key is a path parameter). */
  explorePermalink: {
    path: '/superset/explore/p/:key/',
    isPublic: false,
    permission: ['can_read', 'Explore'],
  },
  /** A dashboard by id or slug: `/superset/dashboard/{idOrSlug}/`. */
  dashboard: {
    path: '/superset/dashboard/:idOrSlug/',
    isPublic: false,
    permission: ['can_read', 'Dashboard'],
  },
  /** A shared dashboard state: `/superset/dashboard/p/{key}/`. */
  dashboardPermalink: {
    path: '/superset/dashboard/p/:key/',
    isPublic: false,
    permission: ['can_read', 'Dashboard'],
  },
} as const satisfies Record<string, PageSpec>;

export type PageName = keyof typeof PAGES;

/** Where a logged-in user lands by default, as Superset's welcome page. */
export const HOME_PATH = PAGES.welcome.path;

/** Server routes the web app links to but does not render itself. */
export const SERVER_PATHS = {
  logout: '/logout/',
  loginApi: '/login/',
  currentUserApi: '/api/v1/me/',
  health: '/health',
} as const;
