import type { FastifyInstance } from 'fastify';
import { PUBLIC_ACCESS, withAccess } from '../../security/access/route-access.js';

/**
 * Liveness endpoints load balancers and orchestrators poll, with Superset's paths and body.
 * They need no session and no database round trip, so a busy database cannot fail them.
 */
export function registerHealthRoutes(app: FastifyInstance): void {
  for (const path of ['/health', '/healthcheck', '/ping']) {
    app.get(path, withAccess(PUBLIC_ACCESS), async (_request, reply) =>
      reply.type('text/plain').send('OK'),
    );
  }
}
