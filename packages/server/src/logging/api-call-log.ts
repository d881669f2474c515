import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Actor } from '../security/access/actor.js';
import { apiActionName } from './action-name.js';
import { apiCallEvent, type ApiCall } from './api-call-event.js';
import type { ActionLogEvent, EventRecorder } from './event-logger.js';
import { isSessionRoute, keyEventOf } from './key-events.js';
import type { LoggedInUser } from './logged-in-user.js';

/** What recording API calls needs: the recorder, and a way to name the user who logged in. */
export interface ApiCallLogDeps {
  recorder: EventRecorder;
  findUserIdByUsername: (username: string) => Promise<number | undefined>;
}

const MAX_USERNAME_LENGTH = 256;

function asRecord(value: unknown): Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

/** The username a login attempt named (the password is never read). */
function attemptedUsername(body: unknown): string | null {
  const username = asRecord(body).username;
  return typeof username === 'string' ? username.slice(0, MAX_USERNAME_LENGTH) : null;
}

function describeCall(request: FastifyRequest, status: number, elapsedMs: number): ApiCall {
  // The actor is unset when resolving it failed (e.g. a bad bearer token answered 401).
  const actor = request.actor as Actor | null | undefined;
  const referrer = request.headers.referer;
  return {
    method: request.method,
    path: request.url.split('?')[0] ?? request.url,
    routeUrl: request.routeOptions.url ?? '',
    params: asRecord(request.params),
    query: asRecord(request.query),
    status,
    durationMs: elapsedMs,
    referrer: typeof referrer === 'string' ? referrer : undefined,
    userId: actor?.kind === 'user' ? actor.userId : null,
    eventLog: request.routeOptions.config.eventLog || undefined,
    subject: request.eventLogSubject,
    finishedAt: new Date(),
  };
}

async function loginEvent(
  deps: ApiCallLogDeps,
  call: ApiCall,
  action: 'UserLoggedIn' | 'UserLoginFailed',
  username: string | null,
): Promise<ActionLogEvent> {
  const userId =
    action === 'UserLoggedIn' && username !== null
      ? ((await deps.findUserIdByUsername(username).catch(() => undefined)) ?? null)
      : null;
  return apiCallEvent({ ...call, userId }, action, { username });
}

function loggedInEvent(call: ApiCall, user: LoggedInUser): ActionLogEvent {
  return apiCallEvent({ ...call, userId: user.userId }, 'UserLoggedIn', {
    username: user.username,
  });
}

/**
 * Records every answered call to an `/api/` route, and the login and logout routes, in the
 * action log, once the response has been sent (`onResponse`), so recording never delays or
 * fails a request. Logins and logouts become the audit events UserLoggedIn, UserLoginFailed
 * (with the attempted username, never the password) and UserLoggedOut; other calls get
 * `<Resource>RestApi.<method>` names (action-name.ts). A request that logged a user in
 * elsewhere (`noteUserLoggedIn`: OAuth, remote user) is recorded as UserLoggedIn too. Calls
 * that matched no route, CORS preflights and routes with `config.eventLog: false` are not
 * recorded otherwise.
 */
export function registerApiCallLog(app: FastifyInstance, deps: ApiCallLogDeps): void {
  if (!app.hasRequestDecorator('loggedInUser')) app.decorateRequest('loggedInUser', null);
  if (!app.hasRequestDecorator('eventLogSubject')) app.decorateRequest('eventLogSubject', null);
  app.addHook('onResponse', async (request, reply) => {
    if (request.loggedInUser) {
      const call = describeCall(request, reply.statusCode, reply.elapsedTime);
      deps.recorder.record(loggedInEvent(call, request.loggedInUser));
    }
    const routeUrl = request.routeOptions.url;
    const { method } = request;
    if (!routeUrl || method === 'OPTIONS' || method === 'HEAD') return;
    if (request.routeOptions.config.eventLog === false) return;
    const isApi = routeUrl.startsWith('/api/');
    if (!isApi && !isSessionRoute(method, routeUrl)) return;

    const call = describeCall(request, reply.statusCode, reply.elapsedTime);
    const keyEvent = keyEventOf(method, routeUrl, reply.statusCode, call.userId !== null);
    if (keyEvent === 'UserLoggedIn' || keyEvent === 'UserLoginFailed') {
      deps.recorder.record(loginEvent(deps, call, keyEvent, attemptedUsername(request.body)));
    } else if (keyEvent === 'UserLoggedOut') {
      deps.recorder.record(apiCallEvent(call, keyEvent));
    } else if (isApi) {
      const action = call.eventLog?.action ?? apiActionName(method, routeUrl) ?? routeUrl;
      deps.recorder.record(apiCallEvent(call, action));
    }
  });
}
