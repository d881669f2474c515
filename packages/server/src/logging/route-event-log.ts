import type { RouteAccess } from '../security/access/route-access.js';

/**
 * How the action log records calls to one route (`config.eventLog`). Every `/api/` route is
 * recorded without declaring anything; this adjusts the record:
 * - `action`: the action name instead of the derived one (see action-name.ts);
 * - `dashboardIdParam` / `sliceIdParam`: the path or query parameter whose value fills the
 *   row's `dashboard_id` / `slice_id`.
 *
 * Without them, the convention applies: a parameter named `dashboard_id` fills
 * `dashboard_id`; `slice_id` or `chart_id` fills `slice_id`; and on `/api/v1/dashboard/...`
 * (or `/api/v1/chart/...`) routes the `pk` (or `id_or_slug`) parameter does, when numeric.
 *
 * `false` records nothing for the route: for routes that record their own events, such as
 * `POST /api/v1/log/`.
 */
export type RouteEventLog =
  | false
  | {
      action?: string;
      dashboardIdParam?: string;
      sliceIdParam?: string;
    };

/** The dashboard or chart a request concerned, as its handler found it (e.g. by slug). */
export interface EventLogSubject {
  dashboard_id?: number;
  slice_id?: number;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** How the action log records this route; see RouteEventLog. */
    eventLog?: RouteEventLog;
  }
  interface FastifyRequest {
    /**
     * Set by a handler that resolved the request's dashboard or chart (e.g. from a slug);
     * it fills the action-log row's ids before the parameter conventions.
     */
    eventLogSubject: EventLogSubject | null;
  }
}

/** Route options declaring access and how the action log records the route. */
export function withAccessAndEventLog(
  access: RouteAccess,
  eventLog: RouteEventLog,
): { config: { access: RouteAccess; eventLog: RouteEventLog } } {
  return { config: { access, eventLog } };
}
