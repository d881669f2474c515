import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  LOG_API_PATH,
  frontendEventsSchema,
  logListQuerySchema,
  recentActivityQuerySchema,
  relatedUserQuerySchema,
} from '@superset-ts/shared';
import { parseBody, parseIdParam, parseListQuery } from '../../app/validation/request-input.js';
import { AuthenticationRequiredError } from '../../errors/app-error.js';
import { withAccessAndEventLog } from '../../logging/route-event-log.js';
import {
  AUTHENTICATED_ACCESS,
  requirePermission,
  withAccess,
} from '../../security/access/route-access.js';
import type { LogCaller, LogService } from './log.service.js';

/** The largest `POST /api/v1/log/` body, in bytes. */
export const MAX_EVENTS_BODY_BYTES = 64 * 1024;

const CAN_READ_LOG = requirePermission('can_read', 'Log');

function callerOf(request: FastifyRequest): LogCaller {
  if (request.actor.kind !== 'user') throw new AuthenticationRequiredError();
  return { userId: request.actor.userId };
}

/**
 * `/api/v1/log/` (Superset's LogRestApi): the whole log for holders of `can_read` on `Log`
 * (Admin by the built-in rules), and for any logged-in user their own recent activity and the
 * recording of their front-end events.
 */
export function registerLogRoutes(app: FastifyInstance, logs: LogService): void {
  app.get(LOG_API_PATH, withAccess(CAN_READ_LOG), async (request) =>
    logs.list(parseListQuery(logListQuerySchema, request.query)),
  );

  app.get(`${LOG_API_PATH}recent_activity/`, withAccess(AUTHENTICATED_ACCESS), async (request) => ({
    result: await logs.recentActivity(
      callerOf(request),
      parseListQuery(recentActivityQuerySchema, request.query),
    ),
  }));

  app.get(`${LOG_API_PATH}related/user`, withAccess(CAN_READ_LOG), async (request) =>
    logs.relatedUsers(parseListQuery(relatedUserQuerySchema, request.query)),
  );

  app.get(`${LOG_API_PATH}:pk`, withAccess(CAN_READ_LOG), async (request) => {
    const id = parseIdParam(request.params);
    return { id, result: await logs.get(id) };
  });

  // The events are the record of this call, so the call itself is not logged again.
  app.post(
    LOG_API_PATH,
    { ...withAccessAndEventLog(AUTHENTICATED_ACCESS, false), bodyLimit: MAX_EVENTS_BODY_BYTES },
    async (request) => {
      const referrer = request.headers.referer;
      const count = logs.recordFrontendEvents(
        callerOf(request),
        parseBody(frontendEventsSchema, request.body),
        typeof referrer === 'string' ? referrer : undefined,
      );
      return { message: 'OK', count };
    },
  );
}
