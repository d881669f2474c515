import type { FastifyInstance } from 'fastify';
import { TIME_RANGE_API_PATH, timeRangeRequestSchema } from '@superset-ts/shared';
import { parseListQuery } from '../../app/validation/request-input.js';
import { AUTHENTICATED_ACCESS, withAccess } from '../../security/access/route-access.js';
import type { TimeRangeService } from './time-range.service.js';

/**
 * `GET /api/v1/time_range/?q=<rison>`: `q` is one range (`'Last week'`) or a list of
 * `(timeRange, shift)`; the answer is `{result: [{since, until, timeRange, shift}]}` as
 * Superset's. Any logged-in user (Superset guards it with `can_time_range` on Api, which
 * every built-in role holds).
 */
export function registerTimeRangeRoutes(app: FastifyInstance, service: TimeRangeService): void {
  app.get(TIME_RANGE_API_PATH, withAccess(AUTHENTICATED_ACCESS), async (request) =>
    service.resolve(parseListQuery(timeRangeRequestSchema, request.query)),
  );
}
