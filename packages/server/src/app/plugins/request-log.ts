import type { FastifyInstance } from 'fastify';

/**
 * One structured log line per request, written when the response is finished: method, URL
 * (without the query string, which may carry tokens), status, duration and the user id when
 * a user is logged in. Health probes are logged at debug level so they do not drown the log.
 */
export function registerRequestLog(app: FastifyInstance): void {
  app.addHook('onResponse', async (request, reply) => {
    const url = request.url.split('?')[0] ?? request.url;
    const isProbe = url === '/health' || url === '/healthcheck' || url === '/ping';
    const entry = {
      method: request.method,
      url,
      statusCode: reply.statusCode,
      durationMs: Math.round(reply.elapsedTime * 10) / 10,
      remoteAddress: request.ip,
      userId: request.actor.kind === 'user' ? request.actor.userId : null,
    };
    if (isProbe) request.log.debug(entry, 'request');
    else request.log.info(entry, 'request');
  });
}
