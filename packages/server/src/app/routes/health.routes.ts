import type { FastifyInstance } from 'fastify';

/**
 * Liveness endpoints load balancers and orchestrators poll, with Superset's paths and body.
 * They need no session and no database round trip, so a busy database cannot fail them.
 */
export function registerHealthRoutes(app: FastifyInstance): void {
  for (const path of ['/health', '/healthcheck', '/ping']) {
    app.get(path, { config: { isPublic: true } }, async (_request, reply) =>
      reply.type('text/plain').send('OK'),
    );
  }
}
