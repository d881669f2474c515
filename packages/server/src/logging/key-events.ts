import { SERVER_PATHS } from '@superset-ts/shared';

/** The audit events recorded under their own action names (Superset's, from FAB). */
export type KeyEvent = 'UserLoggedIn' | 'UserLoginFailed' | 'UserLoggedOut';

/** Routes that log a user in: the login form's endpoint and the API login (JWT). */
const LOGIN_ROUTES = new Set([`POST ${SERVER_PATHS.loginApi}`, 'POST /api/v1/security/login/']);

const LOGOUT_ROUTES = new Set([`GET ${SERVER_PATHS.logout}`, `POST ${SERVER_PATHS.logout}`]);

function routeKey(method: string, routeUrl: string): string {
  return `${method} ${routeUrl.endsWith('/') ? routeUrl : `${routeUrl}/`}`;
}

/** Whether the route is one of the login or logout routes. */
export function isSessionRoute(method: string, routeUrl: string): boolean {
  const key = routeKey(method, routeUrl);
  return LOGIN_ROUTES.has(key) || LOGOUT_ROUTES.has(key);
}

/**
 * The audit event a login or logout answer means: a login answered 2xx is `UserLoggedIn`,
 * any other answer (wrong password 401, but also a refused or malformed attempt) is
 * `UserLoginFailed`; a logout by a logged-in user is `UserLoggedOut`. Undefined for other
 * routes, and for a logout without a user (nothing to log out).
 */
export function keyEventOf(
  method: string,
  routeUrl: string,
  status: number,
  hadUser: boolean,
): KeyEvent | undefined {
  const key = routeKey(method, routeUrl);
  if (LOGIN_ROUTES.has(key))
    return status >= 200 && status < 300 ? 'UserLoggedIn' : 'UserLoginFailed';
  if (LOGOUT_ROUTES.has(key) && hadUser) return 'UserLoggedOut';
  return undefined;
}
