/**
 * What a route requires of its caller. Every route declares one (the access guard refuses to
 * start an app with a route that does not), so a new endpoint cannot forget its check.
 * - `public`: anyone, logged in or not (health checks, the login page).
 * - `authenticated`: any logged-in user (their own profile).
 * - `permission`: a logged-in user, or the Public role, holding `action` on `resource`,
 *   e.g. `can_read` on `Chart`, as Superset's `(permission, view_menu)` pairs.
 */
export type RouteAccess =
  | { kind: 'public' }
  | { kind: 'authenticated' }
  | { kind: 'permission'; action: string; resource: string };

declare module 'fastify' {
  interface FastifyContextConfig {
    /** What the caller needs for this route; see RouteAccess. */
    access?: RouteAccess;
  }
}

/** A route anyone may call. */
export const PUBLIC_ACCESS: RouteAccess = { kind: 'public' };

/** A route any logged-in user may call. */
export const AUTHENTICATED_ACCESS: RouteAccess = { kind: 'authenticated' };

/** A route that needs `action` on `resource` (Superset's permission naming). */
export function requirePermission(action: string, resource: string): RouteAccess {
  return { kind: 'permission', action, resource };
}

/** Route options declaring access, for `app.get(path, accessConfig(...), handler)`. */
export function withAccess(access: RouteAccess): { config: { access: RouteAccess } } {
  return { config: { access } };
}
