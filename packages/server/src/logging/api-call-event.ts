import type { ActionLogEvent } from './event-logger.js';
import { REDACTED, isSecretName, redactSecrets, redactUrl } from './redact-secrets.js';
import type { EventLogSubject, RouteEventLog } from './route-event-log.js';

/** One answered request, as the action log sees it. */
export interface ApiCall {
  method: string;
  /** The requested path, without its query string. */
  path: string;
  /** The route's pattern, e.g. `/api/v1/log/:pk`. */
  routeUrl: string;
  params: Readonly<Record<string, unknown>>;
  query: Readonly<Record<string, unknown>>;
  status: number;
  durationMs: number;
  referrer: string | undefined;
  userId: number | null;
  eventLog: Exclude<RouteEventLog, false> | undefined;
  /** What the handler said the call concerned, if anything. */
  subject?: EventLogSubject | null;
  finishedAt: Date;
}

const MAX_INT = 2_147_483_647;

function toId(value: unknown): number | null {
  const text = typeof value === 'number' ? String(value) : value;
  if (typeof text !== 'string' || !/^\d{1,10}$/.test(text)) return null;
  const id = Number(text);
  return id > 0 && id <= MAX_INT ? id : null;
}

function firstId(call: ApiCall, names: readonly (string | undefined)[]): number | null {
  for (const name of names) {
    if (name === undefined) continue;
    const id = toId(call.params[name]) ?? toId(call.query[name]);
    if (id !== null) return id;
  }
  return null;
}

function resourceOf(routeUrl: string): string | undefined {
  return /^\/api\/v\d+\/([^/]+)/.exec(routeUrl)?.[1];
}

/** The dashboard and chart a call concerns, by the route's option or the naming convention. */
function subjectIds(call: ApiCall): { dashboard_id: number | null; slice_id: number | null } {
  const resource = resourceOf(call.routeUrl);
  const pkNames = ['pk', 'id_or_slug', 'id_or_uuid'];
  return {
    dashboard_id:
      call.subject?.dashboard_id ??
      firstId(call, [
        call.eventLog?.dashboardIdParam,
        'dashboard_id',
        ...(resource === 'dashboard' ? pkNames : []),
      ]),
    slice_id:
      call.subject?.slice_id ??
      firstId(call, [
        call.eventLog?.sliceIdParam,
        'slice_id',
        'chart_id',
        ...(resource === 'chart' ? pkNames : []),
      ]),
  };
}

/** The path with the value of every secret-named path parameter redacted. */
function redactPath(call: ApiCall): string {
  let path = call.path;
  for (const [name, value] of Object.entries(call.params)) {
    if (!isSecretName(name) || typeof value !== 'string' || value === '') continue;
    path = path.split(encodeURIComponent(value)).join(REDACTED).split(value).join(REDACTED);
  }
  return path;
}

/**
 * The action-log record of an answered call. `json` describes the call (method, path, route,
 * path parameters, query with secrets redacted, status) plus `details`; the body is never
 * recorded, so passwords in it cannot leak, and neither are headers other than the referrer
 * (redacted too).
 */
export function apiCallEvent(
  call: ApiCall,
  action: string,
  details: Readonly<Record<string, unknown>> = {},
): ActionLogEvent {
  return {
    action,
    user_id: call.userId,
    ...subjectIds(call),
    duration_ms: Math.round(call.durationMs),
    referrer: call.referrer ? redactUrl(call.referrer) : null,
    dttm: call.finishedAt,
    json: {
      method: call.method,
      path: redactPath(call),
      route: call.routeUrl,
      path_params: redactSecrets(call.params),
      query: redactSecrets(call.query),
      status: call.status,
      ...(redactSecrets(details) as Record<string, unknown>),
    },
  };
}
