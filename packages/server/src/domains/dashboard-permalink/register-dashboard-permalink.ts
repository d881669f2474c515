import type { FastifyInstance } from 'fastify';
import { registerDashboardPermalinkRoutes } from './dashboard-permalink.routes.js';
import {
  createDashboardPermalinkService,
  type DashboardPermalinkServiceDeps,
} from './dashboard-permalink.service.js';

/** Wires `/api/v1/dashboard/{id_or_slug}/permalink` and `/api/v1/dashboard/permalink/{key}`. */
export function registerDashboardPermalink(
  app: FastifyInstance,
  deps: DashboardPermalinkServiceDeps,
): void {
  registerDashboardPermalinkRoutes(app, createDashboardPermalinkService(deps));
}
