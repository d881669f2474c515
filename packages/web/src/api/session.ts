import {
  HOME_PATH,
  SERVER_PATHS,
  currentUserSchema,
  type CurrentUser,
  type LoginForm,
} from '@superset-ts/shared';
import { ApiRequestError } from './api-request-error';
import { resetCsrfToken } from './json-request';
import { postJson } from './post-json';

/** What a successful login gives: the user and where to go next. */
export interface LoginResult {
  user: CurrentUser;
  /** A same-origin path; anything else is replaced by HOME_PATH. */
  redirect: string;
}

/** Keeps a redirect on this origin: an absolute path, never `//host` or `/\host`. */
export function toSafeRedirect(target: unknown): string {
  if (typeof target !== 'string') return HOME_PATH;
  const isLocalPath =
    target.startsWith('/') && !target.startsWith('//') && !target.startsWith('/\\');
  return isLocalPath ? target : HOME_PATH;
}

/** The login endpoint, with the page to return to in `next` as Superset's login form posts it. */
export function loginUrl(next: string | null): string {
  return next ? `${SERVER_PATHS.loginApi}?next=${encodeURIComponent(next)}` : SERVER_PATHS.loginApi;
}

/**
 * Logs in with a username and password (AUTH_DB), sending the CSRF token the login form
 * needs. The session cookie arrives with the answer; the caller then loads `redirect` as a
 * full page so the new page carries fresh bootstrap data.
 */
export async function login(form: LoginForm, next: string | null): Promise<LoginResult> {
  const body = await postJson(loginUrl(next), form);
  // Logging in starts a new session, whose CSRF tokens differ from the anonymous one's.
  resetCsrfToken();
  const result = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const user = currentUserSchema.safeParse(result.result);
  if (!user.success) {
    throw new ApiRequestError('The server sent an unexpected answer to the login.', 200);
  }
  return { user: user.data, redirect: toSafeRedirect(result.redirect) };
}
