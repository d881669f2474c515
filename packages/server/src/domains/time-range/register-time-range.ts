import type { FastifyInstance } from 'fastify';
import { registerTimeRangeRoutes } from './time-range.routes.js';
import { createTimeRangeService } from './time-range.service.js';

/** Wires `GET /api/v1/time_range/`; `now` is injectable for tests. */
export function registerTimeRange(app: FastifyInstance, now: () => Date = () => new Date()): void {
  registerTimeRangeRoutes(app, createTimeRangeService(now));
}
