/**
 * The pages of the web app, with Superset's URLs so bookmarks carry over. The server serves
 * the application shell for these paths (and 404 for others); the web app's router maps the
 * same paths to components. A page is listed here when its capability exists.
 */
export const PAGES = {
  login: { path: '/login/', isPublic: true },
  welcome: { path: '/superset/welcome/', isPublic: false },
  usersList: { path: '/users/list/', isPublic: false },
  rolesList: { path: '/roles/list/', isPublic: false },
  userInfo: { path: '/user_info/', isPublic: false },
} as const satisfies Record<string, { path: string; isPublic: boolean }>;

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
