import type { FastifyRequest } from 'fastify';

/** A user logged in by a request outside the login routes (OAuth callback, remote user). */
export interface LoggedInUser {
  userId: number;
  username: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by `noteUserLoggedIn`; the action log records `UserLoggedIn` for it. */
    loggedInUser?: LoggedInUser | null;
  }
}

/**
 * Tells the action log that this request logged `user` in, for logins that do not go through
 * the login routes (`POST /login/`, `POST /api/v1/security/login`), which are recorded by
 * their route: the OAuth callback and a remote user's first request. Once answered, the
 * request is recorded as `UserLoggedIn` for the user, whatever its route.
 */
export function noteUserLoggedIn(
  request: FastifyRequest,
  user: { id: number; username: string },
): void {
  request.loggedInUser = { userId: user.id, username: user.username };
}
